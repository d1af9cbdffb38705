// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "logeditor.h"

#include "loghighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QTextDocument>
#include <QToolTip>
#include <QUrl>

LogEditor::LogEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    connect(this, &QPlainTextEdit::blockCountChanged, this, &LogEditor::updateEmptyState);
    connect(this, &QPlainTextEdit::textChanged, this, &LogEditor::updateEmptyState);
}

std::pair<QTextBlock, QTextBlock> LogEditor::visibleBlocks() const
{
    const QTextBlock first = firstVisibleBlock();
    QTextBlock last = first;
    const QPointF offset = contentOffset();
    const qreal bottom = viewport()->height();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        if (block.isVisible() && blockBoundingGeometry(block).translated(offset).top() > bottom)
            break;
        last = block;
    }
    return {first, last};
}

int LogEditor::highlightVisibleBlocks()
{
    auto *highlighter = document()->findChild<LogHighlighter *>(QString(), Qt::FindDirectChildrenOnly);
    if (!highlighter)
        return 0;
    const auto [first, last] = visibleBlocks();
    return highlighter->highlightBlocks(first, last);
}

bool LogEditor::beginAppend()
{
    m_endVisible = visibleBlocks().second == document()->lastBlock();
    // The layout's update() and documentSizeChanged() are what repaint the viewport.
    document()->documentLayout()->blockSignals(true);
    return m_endVisible;
}

void LogEditor::endAppend()
{
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    layout->blockSignals(false);
    emit layout->documentSizeChanged(layout->documentSize());
    if (m_endVisible)
        viewport()->update();
}

void LogEditor::setEmptyStateWidget(QWidget *widget)
{
    m_emptyState = widget;
    if (m_emptyState)
        m_emptyState->setParent(viewport());
    updateEmptyState();
}

void LogEditor::updateEmptyState()
{
    if (!m_emptyState)
        return;
    const bool empty = document()->isEmpty();
    if (empty)
        placeEmptyState();
    m_emptyState->setVisible(empty);
}

void LogEditor::placeEmptyState()
{
    const QSize area = viewport()->size();
    const QSize hint = m_emptyState->sizeHint().boundedTo(area);
    m_emptyState->setGeometry((area.width() - hint.width()) / 2, (area.height() - hint.height()) / 3, hint.width(),
                              hint.height());
}

void LogEditor::paintEvent(QPaintEvent *event)
{
    // Only what is about to be drawn gets formatted: a 50 MB log costs no more than a short one.
    highlightVisibleBlocks();
    QPlainTextEdit::paintEvent(event);
}

void LogEditor::resizeEvent(QResizeEvent *event)
{
    // When the width changes, QPlainTextEdit clears the layout of every block (and gives each one
    // a QTextLayout first): for a 50 MB log a stall of a tenth of a second and a hundred MB more,
    // each time the window or the explanation beside the text is resized. Without wrapping a
    // line's layout does not depend on the width, so only the scroll bars need to follow.
    if (lineWrapMode() == NoWrap && event->oldSize().width() != event->size().width()
        && document()->blockCount() > RelayoutBlockLimit) {
        QResizeEvent heightOnly(event->size(), QSize(event->size().width(), event->oldSize().height()));
        QPlainTextEdit::resizeEvent(&heightOnly);
    } else {
        QPlainTextEdit::resizeEvent(event);
    }
    if (m_emptyState && m_emptyState->isVisible())
        placeEmptyState();
}

void LogEditor::syncTextWidth()
{
    // What QPlainTextEdit does on a change of width, whatever the size of the document.
    const QSize size = viewport()->size();
    QResizeEvent widthChanged(size, QSize(-1, size.height()));
    QPlainTextEdit::resizeEvent(&widthChanged);
}

QStringList LogEditor::localFiles(const QMimeData *source)
{
    QStringList paths;
    if (!source || !source->hasUrls())
        return paths;
    // Folders and devices too: the panel says why it does not open them, rather than their URL
    // landing in the text.
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

bool LogEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void LogEditor::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    if (source && source->hasText()) {
        const QTextCursor cursor = textCursor();
        const bool replacesAll =
            document()->isEmpty()
            || (cursor.selectionStart() == 0 && cursor.selectionEnd() >= document()->characterCount() - 1);
        if (replacesAll) {
            const QString text = source->text();
            if (text.size() >= m_largeText) {
                emit largeTextInserted(text);
                return;
            }
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void LogEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    emit contextMenuAboutToShow(menu, cursorForPosition(event->pos()).position());
    menu->exec(event->globalPos());
    delete menu;
}

void LogEditor::mouseDoubleClickEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseDoubleClickEvent(event);
    emit positionDoubleClicked(cursorForPosition(event->position().toPoint()).position());
}

bool LogEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_toolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = m_toolTip(cursorForPosition(help->pos()).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}
