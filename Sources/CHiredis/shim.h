#ifndef CHIREDIS_SHIM_H
#define CHIREDIS_SHIM_H

// hiredis 0.14.1 (Debian 12). Only the argv entry points are used from Swift: the printf-style
// `redisCommand` is variadic and does not import.
#include <hiredis/hiredis.h>

#endif
