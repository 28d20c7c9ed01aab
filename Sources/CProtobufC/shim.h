// libprotobuf-c, the codec of every message on the mesh. Only MeshContracts imports it.
#include <protobuf-c/protobuf-c.h>
