/* The baseline the Swift wrappers are compared against (see include/codec_baseline.h).
   Times are this thread's CPU time, so other load on the machine distorts them less. */
#include "codec_baseline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mesh/pipeline/v1/embedder.pb-c.h"
#include "mesh/pipeline/v1/orchestrator.pb-c.h"

enum { CHUNKS = 17, WORDS_PER_CHUNK = 300 };

static const char *const words[] = {"mesh", "protocol", "buffer", "swift", "chunk",
                                    "embedding", "vector", "search", "pipeline", "document"};

/* Chunk i: 300 words, word j = words[(i * 7 + j) % 10], separated by spaces (same as the Swift side). */
static char *chunk_text(int chunk) {
    size_t capacity = WORDS_PER_CHUNK * 12;
    char *text = malloc(capacity);
    size_t length = 0;
    for (int word = 0; word < WORDS_PER_CHUNK; word++) {
        const char *next = words[(chunk * 7 + word) % 10];
        if (word > 0) text[length++] = ' ';
        memcpy(text + length, next, strlen(next));
        length += strlen(next);
    }
    text[length] = '\0';
    return text;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void make_submit(Mesh__Pipeline__V1__SubmitJobRequest *request) {
    mesh__pipeline__v1__submit_job_request__init(request);
    request->url = "https://docs.example.com/articles/2026/binary-rpc-in-swift?ref=bench";
    request->corpus_name = "engineering-notes";
    request->job_id = "job-4f1c2d9e-8b7a-4c3d-9e2f-1a2b3c4d5e6f";
}

static Mesh__Pipeline__V1__EmbedChunk chunks[CHUNKS];
static Mesh__Pipeline__V1__EmbedChunk *chunk_pointers[CHUNKS];
static char chunk_ids[CHUNKS][32];

static void make_embed(Mesh__Pipeline__V1__EmbedRequest *request) {
    mesh__pipeline__v1__embed_request__init(request);
    request->corpus_name = "engineering-notes";
    request->source_url = "https://docs.example.com/articles/2026/binary-rpc-in-swift";
    request->job_id = "job-4f1c2d9e-8b7a-4c3d-9e2f-1a2b3c4d5e6f";
    for (int i = 0; i < CHUNKS; i++) {
        mesh__pipeline__v1__embed_chunk__init(&chunks[i]);
        snprintf(chunk_ids[i], sizeof chunk_ids[i], "chunk-%04d", i);
        chunks[i].chunk_id = chunk_ids[i];
        if (chunks[i].text == NULL || chunks[i].text == protobuf_c_empty_string) chunks[i].text = chunk_text(i);
        chunk_pointers[i] = &chunks[i];
    }
    request->n_chunks = CHUNKS;
    request->chunks = chunk_pointers;
}

double codec_baseline_submit_job(long iterations) {
    Mesh__Pipeline__V1__SubmitJobRequest request;
    make_submit(&request);
    uint8_t *buffer = malloc(mesh__pipeline__v1__submit_job_request__get_packed_size(&request));
    double start = now();
    for (long i = 0; i < iterations; i++) {
        size_t size = mesh__pipeline__v1__submit_job_request__get_packed_size(&request);
        mesh__pipeline__v1__submit_job_request__pack(&request, buffer);
        Mesh__Pipeline__V1__SubmitJobRequest *decoded = mesh__pipeline__v1__submit_job_request__unpack(NULL, size, buffer);
        if (decoded == NULL) { free(buffer); return -1; }
        mesh__pipeline__v1__submit_job_request__free_unpacked(decoded, NULL);
    }
    double elapsed = now() - start;
    free(buffer);
    return elapsed;
}

double codec_baseline_embed(long iterations) {
    Mesh__Pipeline__V1__EmbedRequest request;
    make_embed(&request);
    uint8_t *buffer = malloc(mesh__pipeline__v1__embed_request__get_packed_size(&request));
    double start = now();
    for (long i = 0; i < iterations; i++) {
        size_t size = mesh__pipeline__v1__embed_request__get_packed_size(&request);
        mesh__pipeline__v1__embed_request__pack(&request, buffer);
        Mesh__Pipeline__V1__EmbedRequest *decoded = mesh__pipeline__v1__embed_request__unpack(NULL, size, buffer);
        if (decoded == NULL) { free(buffer); return -1; }
        mesh__pipeline__v1__embed_request__free_unpacked(decoded, NULL);
    }
    double elapsed = now() - start;
    free(buffer);
    return elapsed;
}

unsigned long codec_baseline_submit_job_size(void) {
    Mesh__Pipeline__V1__SubmitJobRequest request;
    make_submit(&request);
    return (unsigned long)mesh__pipeline__v1__submit_job_request__get_packed_size(&request);
}

unsigned long codec_baseline_embed_size(void) {
    Mesh__Pipeline__V1__EmbedRequest request;
    make_embed(&request);
    return (unsigned long)mesh__pipeline__v1__embed_request__get_packed_size(&request);
}
