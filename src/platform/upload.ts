// Uploading a local archive to the platform's storage (storage/uploader Upload), to deploy it by the URL it answers
// with. The multipart body is built by node-fetch's FormData and formdata-polyfill's encoder (a lazy Blob: the file
// is read from disk as it is sent), then counted on its way out for progress.

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { formDataToBlob } from 'formdata-polyfill/esm.min.js';
import { File, fileFrom, FormData } from 'node-fetch';
import { PlatformClient } from './client';
import { UPLOAD_FID } from './deploymentGuesses';
import { UnexpectedResponseError } from './errors';
import { compact, numberAt, textAt } from './json';

export interface UploadInput {
  /** The archive on the local disk. */
  readonly filePath: string;
  /** The name the platform stores it under; default: the file's own name. */
  readonly fileName?: string;
}

export interface UploadOptions {
  /** Cancels the upload, mid-body included. */
  readonly signal?: AbortSignal;
  /** Called as the body goes out: bytes sent so far of `total` (the whole multipart body). */
  readonly onProgress?: (sent: number, total: number) => void;
}

export interface UploadedFile {
  /** Where the platform can download it from: DeployArchive's `fileUrl`. */
  readonly url: string;
  readonly name: string;
  /** Bytes, as the platform counted them. */
  readonly size?: number;
}

/** @throws CallError subclasses, like any call; AbortError when cancelled */
export async function uploadFile(
  client: PlatformClient,
  session: string,
  input: UploadInput,
  options: UploadOptions = {},
): Promise<UploadedFile> {
  const name = input.fileName ?? basename(input.filePath);
  const form = new FormData();
  // Field names and order as platform-api.md gives them: fid, session, file [C].
  form.append('fid', UPLOAD_FID);
  form.append('session', session);
  form.append('file', await fileBlob(input.filePath), name);
  const blob = formDataToBlob(form as unknown as globalThis.FormData);
  const answer = await client.callWithBody(
    'Upload',
    {
      contentType: blob.type,
      body: counted(Readable.from(blob.stream() as unknown as AsyncIterable<Uint8Array>), blob.size, options.onProgress),
      contentLength: blob.size,
      secrets: [session],
    },
    // An archive of many MB on a slow line takes longer than any read: the action timeout applies.
    { signal: options.signal, long: true },
  );
  const url = textAt(answer.file);
  if (url === undefined) throw new UnexpectedResponseError(client.context('Upload'), 'no file URL in the answer');
  return compact({ url, name: textAt(answer.name) ?? name, size: numberAt(answer.size) });
}

/** The file as a Blob read from disk as it is sent. fetch-blob cannot stream an empty file from disk. */
async function fileBlob(filePath: string): Promise<Blob | File> {
  return (await stat(filePath)).size === 0 ? new File([], basename(filePath)) : fileFrom(filePath);
}

/** Passes the body through, reporting the running count; a throwing callback must not break the upload. */
function counted(source: Readable, total: number, onProgress?: (sent: number, total: number) => void): Readable {
  if (!onProgress) return source;
  let sent = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sent += chunk.length;
      try {
        onProgress(sent, total);
      } catch {
        // Progress is a courtesy; the upload goes on.
      }
      done(null, chunk);
    },
  });
  source.on('error', (error) => counter.destroy(error));
  return source.pipe(counter);
}
