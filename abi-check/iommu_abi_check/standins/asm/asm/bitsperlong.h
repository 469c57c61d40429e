/* abi-check stand-in for cross targets: __BITS_PER_LONG from the compiler. */
#ifndef __BITS_PER_LONG
#define __BITS_PER_LONG (__CHAR_BIT__ * __SIZEOF_LONG__)
#endif
#include <asm-generic/bitsperlong.h>
