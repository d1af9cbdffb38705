// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "families.h"

namespace sspilens {

std::vector<StatusCode> kerberosApCodes()
{
    return {};
}

} // namespace sspilens
