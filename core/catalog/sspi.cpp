// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The SSPI family: every SEC_E_* and SEC_I_* code of winerror.h, kept in three files by category
// so that no data file grows past a few thousand lines.
#include "families.h"

#include <iterator>

namespace sspilens {

std::vector<StatusCode> sspiCodes()
{
    std::vector<StatusCode> codes = sspiContextCodes();
    for (auto part : {sspiLogonCodes, sspiSchannelCodes}) {
        std::vector<StatusCode> more = part();
        codes.insert(codes.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return codes;
}

} // namespace sspilens
