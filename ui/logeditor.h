// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>
#include <QStringList>
#include <QTextBlock>

#include <functional>
#include <utility>

class QMenu;

/**
 * The log decoder's text area. Before each paint it has the document's LogHighlighter format the
 * blocks it is about to draw (and no others); it turns dropped or pasted files into
 * filesDropped(), hands text that replaces a whole document and is large to the panel (which
 * scans it off the GUI thread and appends it in slices), and asks the panel for finding tooltips
 * and context menu entries. A large unwrapped document is not laid out again on every change of
 * width.
 */
class LogEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LogEditor(QWidget *parent = nullptr);

    /// The first and the last block that intersect the viewport.
    std::pair<QTextBlock, QTextBlock> visibleBlocks() const;
    /// Has the document's highlighter format the visible blocks; returns how many it formatted.
    int highlightVisibleBlocks();

    /// Pasted or dropped text at least this long that replaces the whole document goes to
    /// largeTextInserted() instead of being inserted here.
    void setLargeTextThreshold(qsizetype characters) { m_largeText = characters; }
    /// Returns the tooltip for a document position (empty: none).
    void setToolTipProvider(std::function<QString(int position)> provider) { m_toolTip = std::move(provider); }
    /// Shown centred over the viewport while the document is empty (the panel's empty state).
    void setEmptyStateWidget(QWidget *widget);
    void updateEmptyState();

    /// Above this many blocks an unwrapped document is not laid out again when the width of the
    /// text changes (see resizeEvent()).
    static constexpr int RelayoutBlockLimit = 10000;
    /// Makes the document layout's text width the viewport's. Call it while the document is
    /// (nearly) empty: it lays out every block again.
    void syncTextWidth();
    /// Between beginAppend() and endAppend() text is only appended at the end of the document.
    /// Unless the end is on screen the viewport is not repainted for it, only the scroll bars
    /// follow: while a large log goes in slice by slice, a repaint per slice would draw the same
    /// lines over and over.
    /// beginAppend() returns whether the end of the document is on screen (what is appended is
    /// painted next).
    bool beginAppend();
    void endAppend();

signals:
    void filesDropped(const QStringList &paths);
    void largeTextInserted(const QString &text);
    /// Lets the panel add entries for the finding at @p position before @p menu is shown.
    void contextMenuAboutToShow(QMenu *menu, int position);
    /// A double-click at document @p position (after the word there was selected).
    void positionDoubleClicked(int position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

public:
    /// The local paths in a drop or paste, folders and devices included (the panel says why it
    /// does not open those, rather than their URL landing in the text).
    static QStringList localFiles(const QMimeData *source);

private:
    void placeEmptyState();

    qsizetype m_largeText = qsizetype{256} * 1024;
    bool m_endVisible = true; ///< when the append began
    std::function<QString(int)> m_toolTip;
    QWidget *m_emptyState = nullptr;
};
