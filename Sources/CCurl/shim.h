/*
 * Typed wrappers over libcurl's variadic option and info calls.
 *
 * Swift cannot call C variadic functions, so every `curl_easy_setopt`,
 * `curl_easy_getinfo` and `curl_multi_setopt` shape the Swift wrapper needs gets
 * one `static inline` function here with a fixed, typed signature. Helpers that
 * read `struct curl_sockaddr` live here too, so Swift never reinterprets
 * `sockaddr` memory itself.
 */
#ifndef MESH_CCURL_SHIM_H
#define MESH_CCURL_SHIM_H

#include <curl/curl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

/* Macros that do not import into Swift, as functions. */
static inline long mesh_curl_global_default(void) { return CURL_GLOBAL_DEFAULT; }
static inline curl_socket_t mesh_curl_socket_bad(void) { return CURL_SOCKET_BAD; }

/* curl_easy_setopt */
static inline CURLcode mesh_curl_setopt_long(CURL *h, CURLoption o, long v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode mesh_curl_setopt_ptr(CURL *h, CURLoption o, void *v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode mesh_curl_setopt_str(CURL *h, CURLoption o, const char *v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode mesh_curl_setopt_off_t(CURL *h, CURLoption o, curl_off_t v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode mesh_curl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) {
    return curl_easy_setopt(h, o, v);
}
static inline CURLcode mesh_curl_setopt_write_callback(CURL *h, curl_write_callback cb) {
    return curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, cb);
}
static inline CURLcode mesh_curl_setopt_header_callback(CURL *h, curl_write_callback cb) {
    return curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, cb);
}
static inline CURLcode mesh_curl_setopt_xferinfo_callback(CURL *h, curl_xferinfo_callback cb) {
    return curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, cb);
}
static inline CURLcode mesh_curl_setopt_opensocket_callback(CURL *h, curl_opensocket_callback cb) {
    return curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, cb);
}

/* curl_easy_getinfo */
static inline CURLcode mesh_curl_getinfo_long(CURL *h, CURLINFO i, long *out) {
    return curl_easy_getinfo(h, i, out);
}
static inline CURLcode mesh_curl_getinfo_str(CURL *h, CURLINFO i, char **out) {
    return curl_easy_getinfo(h, i, out);
}
static inline CURLcode mesh_curl_getinfo_off_t(CURL *h, CURLINFO i, curl_off_t *out) {
    return curl_easy_getinfo(h, i, out);
}
static inline CURLcode mesh_curl_getinfo_ptr(CURL *h, CURLINFO i, void **out) {
    return curl_easy_getinfo(h, i, out);
}

/* curl_multi_setopt */
static inline CURLMcode mesh_curl_multi_setopt_long(CURLM *m, CURLMoption o, long v) {
    return curl_multi_setopt(m, o, v);
}

/*
 * Copies the raw address bytes of a connect target into `out` (at least 16
 * bytes) and returns how many were written: 4 for IPv4, 16 for IPv6, 0 for
 * any other family (which the caller refuses).
 */
static inline int mesh_curl_sockaddr_bytes(const struct curl_sockaddr *a, unsigned char *out) {
    if (a->family == AF_INET && a->addrlen >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in4 = (const struct sockaddr_in *)&a->addr;
        memcpy(out, &in4->sin_addr, 4);
        return 4;
    }
    if (a->family == AF_INET6 && a->addrlen >= sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)&a->addr;
        memcpy(out, &in6->sin6_addr, 16);
        return 16;
    }
    return 0;
}

/* What curl's default open-socket function does, for an address we accepted. */
static inline curl_socket_t mesh_curl_open_socket(const struct curl_sockaddr *a) {
    return socket(a->family, a->socktype, a->protocol);
}

#endif
