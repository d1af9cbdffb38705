// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "familyformat.h"
#include "findingsmodel.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

class QPalette;
class QTextBlock;
class QTextDocument;

/**
 * Highlights the findings of the panel's last whole-document scan (core's LogScanner); it never
 * matches anything itself. highlightBlock() finds the spans of its block by binary search.
 *
 * Formatting is lazy: QSyntaxHighlighter's own passes over every changed block are switched off,
 * and only the blocks the editor is about to paint are formatted (highlightBlocks()), once per
 * scan. After an edit the spans move with the text, and the ones the edit touched disappear until
 * the next scan.
 */
class LogHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// Installs itself on @p document and becomes its child. Install it while the document is
    /// still empty: on a non-empty one QSyntaxHighlighter queues a pass over every block.
    explicit LogHighlighter(QTextDocument *document);

    /// A finding's place in the current document.
    struct Span {
        qint64 start = 0;
        qint64 length = 0;   ///< 0: an edit went through it since the scan, or it is hidden
        quint8 kind = 0;     ///< formatIndex(family, Kind)
        bool hidden = false; ///< in the cut-off part of a long line: start is where the cut is
    };
    /// The severity side of a span's look (underline, weight, strength of the tint); the family
    /// gives its hue.
    enum Kind : quint8 { ErrorKind, InformationalKind, SuccessKind };
    static constexpr int KindCount = 3;

    /// Characters of the scanned text that are not in the document: the end of a line longer
    /// than the display limit, from @p offset (in the scanned text) to the line break.
    struct LineCut {
        qint64 offset = 0;
        qint64 length = 0;
    };

    /// Takes the spans of @p findings (sorted by offset, as the scanner returns them) and
    /// invalidates every block's formatting. Finding offsets are in the scanned text; @p cuts
    /// (sorted) say what of it the document leaves out, so that spans land on document positions.
    void setFindings(const FindingList &findings, const std::vector<LineCut> &cuts = {});
    /// While the panel appends the text of a load piece by piece, the spans are already those of
    /// the whole text: the appends must neither move them nor count as edits.
    void setAppending(bool appending) { m_appending = appending; }
    /// Colours and fonts from @p palette: each family its own hue blended into Base (SSPI keeps
    /// Highlight's, see FamilyFormat::tint()), errors the strongest tint, bold and underlined,
    /// informational and success codes lighter with dashed and dotted lines; the text keeps palette
    /// Text, so every span stays legible on light and dark palettes.
    void setPalette(const QPalette &palette);

    /// Index of the finding whose span contains @p position, or -1.
    int findingAt(qint64 position) const;
    /// The span of finding @p index in the current document; length 0 when an edit removed it.
    Span span(int index) const;
    int spanCount() const { return static_cast<int>(m_spans.size()); }
    /// The first finding that starts after @p position, wrapping to the first; -1 if none.
    /// Hidden findings count (their start is the cut); ones an edit went through do not.
    int nextFinding(qint64 position) const;
    /// The last finding that starts before @p position, wrapping to the last; -1 if none.
    int previousFinding(qint64 position) const;
    /// The finding after (@p step 1) or before (-1) finding @p index, wrapping; -1 if none.
    int stepFinding(int index, int step) const;

    /// Formats the blocks from @p first to @p last (inclusive) that are not yet formatted for
    /// the current spans. Returns how many blocks it formatted.
    int highlightBlocks(const QTextBlock &first, const QTextBlock &last);
    /// Blocks formatted since the last setFindings() (to check that formatting stays lazy).
    int formattedBlockCount() const { return m_formattedBlocks; }

    /// The format of an SSPI code of @p kind.
    QTextCharFormat kindFormat(Kind kind) const { return format(sspilens::Family::Sspi, kind); }
    /// The format of a code of @p family and @p kind.
    QTextCharFormat format(sspilens::Family family, Kind kind) const { return m_formats[formatIndex(family, kind)]; }
    static constexpr int formatIndex(sspilens::Family family, Kind kind)
    {
        return static_cast<int>(family) * KindCount + kind;
    }

    /// @p base with @p amount (0..1) of @p tint mixed in: how palette colours are derived.
    static QColor blend(const QColor &base, const QColor &tint, double amount);

signals:
    /// The text changed (not the formatting): the findings are out of date.
    void textEdited();

protected:
    void highlightBlock(const QString &text) override;

private:
    void onContentsChange(int from, int charsRemoved, int charsAdded);

    std::vector<Span> m_spans;
    QTextCharFormat m_formats[FamilyFormat::Count * KindCount];
    int m_generation = 0;
    int m_formattedBlocks = 0;
    bool m_formatting = false;
    bool m_appending = false;
};
