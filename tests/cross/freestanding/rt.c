/* SPDX-License-Identifier: MIT */
/*
 * A minimal C runtime for running self-contained test programs (the runtime
 * layout program, the golden-image programs) on riscv32 Linux under
 * qemu-riscv32, for which Debian has no C library: the process entry point,
 * exit, printf to standard output, and the string functions the programs
 * and the compiler's generated code call.  Linux system calls only; see
 * README.md.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#if !defined(__riscv) || __riscv_xlen != 32
#error "tests/cross/freestanding/rt.c is the riscv32 Linux runtime"
#endif

#define SYS_write 64
#define SYS_exit_group 94

static long syscall3(long nr, long a, long b, long c)
{
    register long a0 __asm__("a0") = a;
    register long a1 __asm__("a1") = b;
    register long a2 __asm__("a2") = c;
    register long a7 __asm__("a7") = nr;

    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
    return a0;
}

static void write_all(const char *p, size_t n)
{
    while (n) {
        long w = syscall3(SYS_write, 1, (long)p, (long)n);

        if (w <= 0)
            return;
        p += w;
        n -= (size_t)w;
    }
}

void *memcpy(void *dst, const void *src, size_t n)
{
    volatile unsigned char *d = dst;   /* volatile: not turned back into a call to memcpy */
    const unsigned char *s = src;

    while (n--)
        *d++ = *s++;
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    volatile unsigned char *d = dst;

    while (n--)
        *d++ = (unsigned char)c;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;

    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x < *y ? -1 : 1;
    return 0;
}

int strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

size_t strlen(const char *s)
{
    size_t n = 0;

    while (s[n])
        n++;
    return n;
}

/* printf: %d %u %x %s %c %% with an optional 0 flag, a width and the l/ll
 * length modifiers: what the programs run here use.  Anything else prints
 * as "%?" so a program that needs more fails its own output checks loudly. */
struct out {
    char buf[256];
    size_t len;
    int total;
};

static void put(struct out *o, char c)
{
    if (o->len == sizeof(o->buf)) {
        write_all(o->buf, o->len);
        o->len = 0;
    }
    o->buf[o->len++] = c;
    o->total++;
}

static void put_number(struct out *o, uint64_t v, int negative, unsigned base, int width, char pad)
{
    char digits[24];
    int n = 0;

    do {
        /* base is 10 or 16; 64-bit division would need libgcc, which has no
         * riscv32 build here: divide in 32-bit halves. */
        uint32_t hi = (uint32_t)(v >> 32), lo = (uint32_t)v;
        uint32_t qhi = hi / base, r = hi % base, qlo = 0;
        int bit;

        /* the low half, bit by bit: r stays below base */
        for (bit = 31; bit >= 0; bit--) {
            r = (r << 1) | ((lo >> bit) & 1u);
            if (r >= base) {
                r -= base;
                qlo |= 1u << bit;
            }
        }
        digits[n++] = "0123456789abcdef"[r];
        v = ((uint64_t)qhi << 32) | qlo;
    } while (v);
    if (negative)
        width--;
    if (negative && pad == '0')
        put(o, '-');
    for (; width > n; width--)
        put(o, pad);
    if (negative && pad != '0')
        put(o, '-');
    while (n)
        put(o, digits[--n]);
}

int printf(const char *fmt, ...)
{
    struct out o;
    va_list ap;

    o.len = 0;
    o.total = 0;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        char pad = ' ';
        int width = 0, lng = 0;

        if (*fmt != '%') {
            put(&o, *fmt);
            continue;
        }
        fmt++;
        if (*fmt == '0') {
            pad = '0';
            fmt++;
        }
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l') {
            lng++;
            fmt++;
        }
        switch (*fmt) {
        case 'd': {
            int64_t v = lng >= 2 ? va_arg(ap, long long) : lng ? va_arg(ap, long) : va_arg(ap, int);
            put_number(&o, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, v < 0, 10, width, pad);
            break;
        }
        case 'u':
        case 'x': {
            uint64_t v = lng >= 2 ? va_arg(ap, unsigned long long)
                       : lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            put_number(&o, v, 0, *fmt == 'x' ? 16 : 10, width, pad);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);

            while (*s)
                put(&o, *s++);
            break;
        }
        case 'c':
            put(&o, (char)va_arg(ap, int));
            break;
        case '%':
            put(&o, '%');
            break;
        default:
            put(&o, '%');
            put(&o, '?');
            if (!*fmt)
                fmt--;
            break;
        }
    }
    va_end(ap);
    write_all(o.buf, o.len);
    return o.total;
}

int main(int argc, char **argv);
void rt_start(long *sp) __attribute__((__noreturn__, __used__));

/* The kernel starts a process with argc at the stack pointer, then argv. */
void rt_start(long *sp)
{
    int rc = main((int)sp[0], (char **)(sp + 1));

    for (;;)
        syscall3(SYS_exit_group, rc, 0, 0);
}

__asm__(".section .text._start,\"ax\",@progbits\n"
        ".globl _start\n"
        "_start:\n"
        ".option push\n"
        ".option norelax\n"
        "    la gp, __global_pointer$\n"
        ".option pop\n"
        "    mv a0, sp\n"
        "    andi sp, sp, -16\n"
        "    call rt_start\n"
        ".previous\n");
