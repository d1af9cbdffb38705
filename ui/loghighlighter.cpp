// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "loghighlighter.h"

#include <QFont>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace sspilens;

namespace {

/// Remembers which findings a block was last formatted for.
class BlockState : public QTextBlockUserData
{
public:
    int generation = -1;
};

LogHighlighter::Kind kindOf(const Finding &finding)
{
    if (!finding.code)
        return LogHighlighter::ErrorKind;
    switch (finding.code->severity) {
    case Severity::Informational: return LogHighlighter::InformationalKind;
    case Severity::Success: return LogHighlighter::SuccessKind;
    case Severity::Error: break;
    }
    return LogHighlighter::ErrorKind;
}

quint8 formatOf(const Finding &finding)
{
    return static_cast<quint8>(LogHighlighter::formatIndex(FindingsModel::family(finding), kindOf(finding)));
}

} // namespace

LogHighlighter::LogHighlighter(QTextDocument *document) : QSyntaxHighlighter(static_cast<QObject *>(document))
{
    // Connected before QSyntaxHighlighter's own slot would be, so spans move before anything
    // looks at them.
    connect(document, &QTextDocument::contentsChange, this, &LogHighlighter::onContentsChange);
    setDocument(document);
    // QSyntaxHighlighter reformats every changed block, which for a pasted 50 MB log is all of
    // them; blocks are formatted when they are painted instead (highlightBlocks()).
    disconnect(document, SIGNAL(contentsChange(int, int, int)), this, SLOT(_q_reformatBlocks(int, int, int)));
    setPalette(QPalette());
}

void LogHighlighter::setFindings(const FindingList &findings, const std::vector<LineCut> &cuts)
{
    m_spans.clear();
    if (findings) {
        m_spans.reserve(findings->size());
        // Both are sorted: one walk maps every offset past the cuts before it.
        auto cut = cuts.begin();
        qint64 removed = 0; // characters of the cuts that end at or before the current offset
        const auto advance = [&](qint64 offset) {
            while (cut != cuts.end() && cut->offset + cut->length <= offset) {
                removed += cut->length;
                ++cut;
            }
        };
        for (const Finding &f : *findings) {
            advance(f.offset);
            if (cut != cuts.end() && cut->offset <= f.offset) {
                m_spans.push_back({cut->offset - removed, 0, formatOf(f), true});
                continue;
            }
            const qint64 start = f.offset - removed;
            // The end may fall in a later cut (a wrapped message) or in the next one.
            qint64 endRemoved = removed;
            qint64 end = f.offset + f.length;
            for (auto c = cut; c != cuts.end() && c->offset < end; ++c) {
                if (c->offset + c->length > end) {
                    end = c->offset;
                    break;
                }
                endRemoved += c->length;
            }
            m_spans.push_back({start, std::max<qint64>(end - endRemoved - start, 0), formatOf(f), false});
        }
    }
    ++m_generation;
    m_formattedBlocks = 0;
}

void LogHighlighter::setPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    for (Family family : FamilyFormat::all) {
        const QColor tint = FamilyFormat::tint(family, palette);

        QTextCharFormat error;
        error.setBackground(FamilyFormat::background(family, palette, 0.40));
        error.setForeground(text);
        error.setFontWeight(QFont::Bold);
        error.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        error.setUnderlineColor(tint);

        QTextCharFormat info;
        info.setBackground(FamilyFormat::background(family, palette, 0.28));
        info.setForeground(text);
        info.setUnderlineStyle(QTextCharFormat::DashUnderline);
        info.setUnderlineColor(tint);

        QTextCharFormat success;
        success.setBackground(FamilyFormat::background(family, palette, 0.20));
        success.setForeground(text);
        success.setUnderlineStyle(QTextCharFormat::DotLine);
        success.setUnderlineColor(tint);

        m_formats[formatIndex(family, ErrorKind)] = error;
        m_formats[formatIndex(family, InformationalKind)] = info;
        m_formats[formatIndex(family, SuccessKind)] = success;
    }
    ++m_generation;
    m_formattedBlocks = 0;
}

QColor LogHighlighter::blend(const QColor &base, const QColor &tint, double amount)
{
    return FamilyFormat::blend(base, tint, amount);
}

int LogHighlighter::findingAt(qint64 position) const
{
    // Spans never overlap and are sorted, so their ends are sorted too.
    const auto it = std::partition_point(m_spans.begin(), m_spans.end(),
                                         [position](const Span &s) { return s.start + s.length <= position; });
    if (it == m_spans.end() || it->length == 0 || it->start > position)
        return -1;
    return static_cast<int>(it - m_spans.begin());
}

LogHighlighter::Span LogHighlighter::span(int index) const
{
    if (index < 0 || static_cast<size_t>(index) >= m_spans.size())
        return {};
    return m_spans[static_cast<size_t>(index)];
}

int LogHighlighter::nextFinding(qint64 position) const
{
    const auto after =
        std::upper_bound(m_spans.begin(), m_spans.end(), position, [](qint64 p, const Span &s) { return p < s.start; });
    for (auto it = after; it != m_spans.end(); ++it) {
        if (it->length > 0 || it->hidden)
            return static_cast<int>(it - m_spans.begin());
    }
    for (auto it = m_spans.begin(); it != after; ++it) {
        if (it->length > 0 || it->hidden)
            return static_cast<int>(it - m_spans.begin());
    }
    return -1;
}

int LogHighlighter::previousFinding(qint64 position) const
{
    const auto before =
        std::lower_bound(m_spans.begin(), m_spans.end(), position, [](const Span &s, qint64 p) { return s.start < p; });
    for (auto it = before; it != m_spans.begin();) {
        --it;
        if (it->length > 0 || it->hidden)
            return static_cast<int>(it - m_spans.begin());
    }
    for (auto it = m_spans.end(); it != before;) {
        --it;
        if (it->length > 0 || it->hidden)
            return static_cast<int>(it - m_spans.begin());
    }
    return -1;
}

int LogHighlighter::stepFinding(int index, int step) const
{
    const int count = spanCount();
    if (count == 0 || index < 0 || index >= count || (step != 1 && step != -1))
        return -1;
    for (int n = 1; n <= count; ++n) {
        const int i = ((index + n * step) % count + count) % count;
        const Span &s = m_spans[static_cast<size_t>(i)];
        if (s.length > 0 || s.hidden)
            return i;
    }
    return -1;
}

int LogHighlighter::highlightBlocks(const QTextBlock &first, const QTextBlock &last)
{
    if (!document() || !first.isValid() || m_formatting)
        return 0;
    int formatted = 0;
    m_formatting = true;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const auto *state = static_cast<const BlockState *>(block.userData());
        if (!state || state->generation != m_generation) {
            rehighlightBlock(block);
            ++formatted;
        }
        if (block == last)
            break;
    }
    m_formatting = false;
    m_formattedBlocks += formatted;
    return formatted;
}

void LogHighlighter::highlightBlock(const QString &text)
{
    auto *state = static_cast<BlockState *>(currentBlockUserData());
    if (!state) {
        state = new BlockState;
        setCurrentBlockUserData(state);
    }
    state->generation = m_generation;

    const QTextBlock block = currentBlock();
    const qint64 begin = block.position();
    const qint64 end = begin + text.size();
    auto it = std::partition_point(m_spans.begin(), m_spans.end(),
                                   [begin](const Span &s) { return s.start + s.length <= begin; });
    for (; it != m_spans.end() && it->start < end; ++it) {
        if (it->length == 0)
            continue;
        // A message wrapped over several lines is formatted piece by piece in each block.
        const qint64 from = std::max(it->start, begin) - begin;
        const qint64 to = std::min(it->start + it->length, end) - begin;
        if (to > from)
            setFormat(static_cast<int>(from), static_cast<int>(to - from), m_formats[it->kind]);
    }
}

void LogHighlighter::onContentsChange(int from, int charsRemoved, int charsAdded)
{
    if (m_formatting || (charsRemoved == 0 && charsAdded == 0))
        return;
    if (m_appending) {
        // The spans stay; the block the text went into (painted while it was still empty,
        // perhaps) is formatted again when it is painted next.
        if (auto *state = static_cast<BlockState *>(document()->findBlock(from).userData()))
            state->generation = -1;
        return;
    }
    const qint64 editEnd = qint64(from) + charsRemoved;
    const qint64 delta = qint64(charsAdded) - charsRemoved;
    for (Span &s : m_spans) {
        if (s.start >= editEnd)
            s.start += delta;
        else if (s.start + s.length <= from && (s.length > 0 || s.start < from))
            continue;
        else {
            // The edit went through this finding: it waits for the next scan, parked at the
            // edit so that the spans stay sorted.
            s.start = from;
            s.length = 0;
        }
    }
    ++m_generation;
    emit textEdited();
}
