// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Bytes -> TextDecoder -> LogScanner, whole and in pieces. Beyond crashes and sanitizer reports,
// it checks what must always hold: findings ordered and disjoint, their text where their offset
// says, a value the catalog agrees with, and the same findings however the input is cut.
#include "catalog.h"
#include "scanner.h"
#include "textdecode.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace sspilens;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool same(const Finding &a, const Finding &b)
{
    return a.offset == b.offset && a.length == b.length && a.line == b.line && a.column == b.column && a.text == b.text
           && a.form == b.form && a.value == b.value && a.code == b.code;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const LogScanner scanner;
    const QByteArrayView bytes(data, qsizetype(size));

    // Decoding in pieces gives the text decoding at once gives.
    const QString text = decodeText(bytes);
    const qsizetype cut = size ? qsizetype(data[0]) * qsizetype(size) / 256 : 0;
    TextDecoder decoder;
    QString pieces = decoder.decode(bytes.first(cut));
    pieces += decoder.decode(bytes.sliced(cut));
    pieces += decoder.finish();
    check(pieces == text);

    const std::vector<Finding> whole = scanner.scan(text);
    qint64 end = 0;
    for (const Finding &f : whole) {
        check(f.offset >= end && f.length > 0);
        end = f.offset + f.length;
        check(end <= text.size());
        check(QStringView(text).mid(f.offset, f.length) == f.text);
        // A finding is a catalog entry of its family, never a wrapper; only an SSPI-block value may
        // be unnamed ("unknown SSPI code").
        if (f.code) {
            check(f.code == Catalog::instance().byValue(f.value, f.code->family));
            check(!f.code->wrapper);
        } else {
            check(Catalog::inSspiRange(f.value));
        }
        check(f.line >= 1 && f.column >= 1 && f.column <= f.offset + 1);
    }

    // Streamed in pieces whose size the input chooses, the findings are the same.
    const qsizetype step = size > 1 ? 1 + qsizetype(data[1]) * 37 : 1;
    std::vector<Finding> streamed;
    const FindingSink sink = [&streamed](const Finding &f) {
        streamed.push_back(f);
        return true;
    };
    ScanStream stream(scanner);
    for (qsizetype i = 0; i < text.size(); i += step)
        stream.feed(QStringView(text).mid(i, step), sink);
    stream.finish(sink);
    check(streamed.size() == whole.size());
    for (size_t i = 0; i < whole.size(); ++i)
        check(same(streamed[i], whole[i]));
    return 0;
}
