// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Anchor for the static library that carries the compiled translations (:/i18n/*.qm).
namespace sspilens::i18n {
int resourcesAnchor()
{
    return 0;
}
} // namespace sspilens::i18n
