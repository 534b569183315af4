// Reads a multipart/form-data body (storage/uploader Upload) with the platform's own parser: Node's built-in
// WHATWG Response.formData(), never hand-written boundary splitting.

import { UploadedPart } from './params';

export interface MultipartForm {
  values: Record<string, string>;
  files: Map<string, UploadedPart>;
}

/** The fields and files of a multipart body; undefined when it cannot be parsed. */
export async function parseMultipart(body: Buffer, contentType: string): Promise<MultipartForm | undefined> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return undefined;
  }
  const values: Record<string, string> = {};
  const files = new Map<string, UploadedPart>();
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') values[name] = value;
    else files.set(name, { name: value.name, data: Buffer.from(await value.arrayBuffer()) });
  }
  return { values, files };
}

export function isMultipart(contentType: string | undefined): contentType is string {
  return contentType !== undefined && /^multipart\/form-data\s*;/i.test(contentType);
}
