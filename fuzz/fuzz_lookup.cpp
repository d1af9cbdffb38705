// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// What a person types into lookup and the search box: parseStatusValue, lookupToken, the anatomy
// of whatever value comes out, and SearchQuery against every catalog entry.
#include "catalog.h"
#include "hresult.h"
#include "lookup.h"

#include <cstdint>
#include <cstdlib>

using namespace sspilens;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString token = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<quint32> value = parseStatusValue(token);
    const LookupResult result = lookupToken(token);
    if (value && result.value && *value != *result.value)
        std::abort(); // the number a token spells does not depend on who reads it
    if (result.value) {
        const ValueAnatomy anatomy = analyseValue(*result.value);
        if (anatomy.value != *result.value || anatomy.describe().isEmpty())
            std::abort();
        anatomy.fieldLines();
    }
    (void)symbolSearchKey(token);
    const SearchQuery query(token);
    for (const StatusCode &code : Catalog::instance().codes())
        (void)query.matches(code);
    return 0;
}
