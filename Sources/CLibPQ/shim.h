#ifndef MESH_CLIBPQ_SHIM_H
#define MESH_CLIBPQ_SHIM_H

// libpq's header lives in pkg-config's include dir (/usr/include/postgresql on Debian).
#include <libpq-fe.h>

#endif
