#ifndef CODEC_BASELINE_H
#define CODEC_BASELINE_H

/* Raw libprotobuf-c on the benchmark's messages: the C struct is built once, as a C program would
   hold it, then each iteration packs it, unpacks the bytes and frees the result.
   Returns the seconds taken by `iterations` iterations (or -1 on a codec failure). */
double codec_baseline_submit_job(long iterations);
double codec_baseline_embed(long iterations);

/* Size in bytes of the packed messages, to check both sides encode the same thing. */
unsigned long codec_baseline_submit_job_size(void);
unsigned long codec_baseline_embed_size(void);

#endif
