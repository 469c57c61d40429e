/* abi-check stand-in for cross targets. */
#include <asm-generic/posix_types.h>
