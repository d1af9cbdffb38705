// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QTest>

namespace sspilens::test {

/// Every qWarning during a GUI test fails it (a failed connect or disconnect, a model misuse, a
/// missing resource), except the offscreen platform's note that it cannot resize top-level
/// windows from size hints. Call from init(): Qt clears the list after each test function.
inline void failOnUnexpectedWarnings()
{
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support (propagateSizeHints|raise)\\(\\)).*"),
                           QRegularExpression::DotMatchesEverythingOption));
}

} // namespace sspilens::test
