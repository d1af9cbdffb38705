// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The catalog data, reviewed like code. Symbols, values and the Windows message text (a matching
// fingerprint, kept verbatim) are checked against winerror.h and the reference tables by
// tst_catalog; every other text is our own English, marked for lupdate in context "Catalog".
#include "catalog.h"

#include <QtGlobal>

namespace sspilens {

std::vector<StatusCode> catalogData()
{
    return {
#include "catalogdata_part1.inc"
#include "catalogdata_part2.inc"
#include "catalogdata_part3.inc"
#include "catalogdata_part4.inc"
    };
}

} // namespace sspilens
