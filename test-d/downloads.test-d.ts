import { expectType } from "tsd";
import { respond, type MediaTypeValue, type ResponseBuilder } from "../src/index.js";
import {
  contentDisposition,
  serializeContentDisposition,
  type ContentDispositionProblem,
  type ContentDispositionValue,
  type FilenameProblem,
} from "../src/headers/content-disposition.js";
import { mediaTypeForFilename } from "../src/headers/file-types.js";

declare const dynamic: string;

// ---- accepted: attachment, inline, contentDisposition
expectType<ResponseBuilder<200, "none">>(respond().attachment());
expectType<ResponseBuilder<200, "none">>(respond().attachment("report.pdf"));
expectType<ResponseBuilder<200, "none">>(respond().attachment("résumé 2024.pdf"));
expectType<ResponseBuilder<200, "none">>(respond().attachment('say "hi".txt'));
expectType<ResponseBuilder<200, "none">>(respond().attachment("日本語のファイル.txt"));
expectType<ResponseBuilder<200, "none">>(respond().attachment("emoji 😀.png"));
expectType<ResponseBuilder<200, "none">>(respond().attachment("..hidden"));
expectType<ResponseBuilder<200, "none">>(respond().attachment(dynamic));
expectType<ResponseBuilder<200, "none">>(respond().inline());
expectType<ResponseBuilder<200, "none">>(respond().inline("notes.txt"));
expectType<ResponseBuilder<201, "other">>(respond().status(201).contentType("text/csv").attachment("a.csv"));
expectType<ResponseBuilder<200, "none">>(respond().contentDisposition("attachment"));
expectType<ResponseBuilder<200, "none">>(respond().contentDisposition("inline", { filename: "a.txt" }));
expectType<ResponseBuilder<200, "none">>(respond().contentDisposition("attachment", { filename: dynamic }));
expectType<ResponseBuilder<200, "none">>(respond().contentDisposition(dynamic));
expectType<ResponseBuilder<200, "none">>(respond().attachment("a".repeat(3)));

// ---- accepted: file()
expectType<Response>(respond().file("a,b", "data.csv"));
expectType<Response>(respond().file(new Uint8Array(), "photo.png", { inline: true }));
expectType<Response>(respond().file(new Blob([]), dynamic));

// ---- accepted: header("Content-Disposition", …)
expectType<ResponseBuilder<200, "none">>(respond().header("Content-Disposition", "attachment"));
expectType<ResponseBuilder<200, "none">>(respond().header("content-disposition", 'attachment; filename="a b.txt"'));
expectType<ResponseBuilder<200, "none">>(respond().header("Content-Disposition", "inline; filename=a.txt"));
expectType<ResponseBuilder<200, "none">>(
  respond().header("Content-Disposition", "attachment; filename=\"r_sum_.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf"),
);
expectType<ResponseBuilder<200, "none">>(respond().header("Content-Disposition", contentDisposition(dynamic)));
expectType<ResponseBuilder<200, "none">>(
  respond().header("Content-Disposition", serializeContentDisposition({ type: "attachment", filename: dynamic })),
);
expectType<ContentDispositionValue>(contentDisposition("inline"));
expectType<never>(null as unknown as FilenameProblem<"report.pdf">);
expectType<never>(null as unknown as ContentDispositionProblem<'attachment; filename="a.txt"'>);
expectType<MediaTypeValue>(mediaTypeForFilename("a.pdf"));
// a long literal stays within the compiler's limits
expectType<ResponseBuilder<200, "none">>(
  respond().header(
    "Content-Disposition",
    "attachment; filename=\"a-very-long-file-name-with-many-words-in-it-for-the-quarterly-report-of-the-year-2024-final-final-v2.pdf\"; filename*=UTF-8''a-very-long-file-name-with-many-words-in-it-for-the-quarterly-report-of-the-year-2024-final-final-v2%C3%A9.pdf; creation-date=\"Wed, 12 Feb 1997 16:29:51 -0500\"",
  ),
);

// ---- refused
// @ts-expect-error a path separator
respond().attachment("../etc/passwd");
// @ts-expect-error a path separator
respond().attachment("dir/report.pdf");
// @ts-expect-error a backslash
respond().attachment("C:\\Users\\a.txt");
// @ts-expect-error a directory name
respond().attachment("..");
// @ts-expect-error an empty name
respond().inline("");
// @ts-expect-error a control character
respond().inline("a\nb.txt");
// @ts-expect-error a path separator in the options
respond().contentDisposition("attachment", { filename: "a/b" });
// @ts-expect-error a disposition type that is not a token
respond().contentDisposition("at tachment");
// @ts-expect-error a path separator in file()
respond().file("x", "a/b.txt");
// @ts-expect-error inline is true or absent
respond().file("x", "a.txt", { inline: false });
// @ts-expect-error 204 has no body
respond().status(204).file("x", "a.txt");
// @ts-expect-error a dynamic header value needs contentDisposition()
respond().header("Content-Disposition", dynamic);
// @ts-expect-error no type
respond().header("Content-Disposition", "filename=a.txt; x");
// @ts-expect-error a missing semicolon
respond().header("Content-Disposition", "attachment filename=a.txt");
// @ts-expect-error a path in filename
respond().header("Content-Disposition", 'attachment; filename="../a.txt"');
// @ts-expect-error an encoded slash in filename*
respond().header("Content-Disposition", "attachment; filename*=UTF-8''..%2Fa.txt");
// @ts-expect-error filename* is not quoted
respond().header("Content-Disposition", "attachment; filename*=\"UTF-8''a.txt\"");
// @ts-expect-error a raw non-ASCII character in filename*
respond().header("Content-Disposition", "attachment; filename*=UTF-8''é.txt");
// @ts-expect-error a duplicate parameter
respond().header("Content-Disposition", 'attachment; filename="a"; filename="b"');
// @ts-expect-error no closing quote
respond().header("Content-Disposition", 'attachment; filename="a');
// @ts-expect-error the empty value
respond().header("Content-Disposition", "");
