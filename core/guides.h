// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "statuscode.h"

#include <QString>

#include <vector>

namespace sspilens {

/// One step of a guide: English text (context "Guide", translated at display time) and,
/// optionally, the command to run (never translated).
struct GuideStep {
    const char *text = nullptr;
    const char *command = nullptr;
};

/// A generic procedure written once and referred to by next steps (NextStep::guide).
struct GuideInfo {
    Guide guide = Guide::None;
    const char *title = nullptr; ///< English, context "Guide"
    std::vector<GuideStep> steps;
};

/// The guide @p guide, or nullptr for Guide::None.
const GuideInfo *guideInfo(Guide guide);
/// Every guide, in declaration order (Guide::None excluded).
const std::vector<GuideInfo> &allGuides();
/// Translates a guide text (context "Guide") into the current UI language.
QString trGuide(const char *source);
/// The translated title of @p guide; empty for Guide::None.
QString guideTitle(Guide guide);
/// The guides the next steps of @p code refer to, each once, in the order first referred to.
std::vector<Guide> guidesOf(const StatusCode &code);

} // namespace sspilens
