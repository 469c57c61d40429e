/* SPDX-License-Identifier: MIT */
/*
 * The printf the programs rely on, against known text: run on every ABI, so
 * the freestanding runtime (riscv32) and each C library print the same line
 * (the test matches it exactly).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    unsigned char a[4] = { 1, 2, 3, 4 }, b[4];
    long neg = -1234567L;

    memset(b, 0, sizeof(b));
    memcpy(b, a, sizeof(a));
    printf("printf: [%d] [%u] [%ld] [%lu] [%02x] [%4d] [%llx] [%s] [%c] [%%] [%d]\n", -42, 4000000000u, neg,
           4294967295ul, 0x7u, 17, 0x8877665544332211ull, "str", 'c',
           memcmp(a, b, 4) == 0 && strcmp("ab", "ab") == 0 && strcmp("ab", "ac") < 0 && strlen("abc") == 3);
    return 0;
}
