/* abi-check stand-in for cross targets: the generic uapi integer types. */
#include <asm-generic/types.h>
