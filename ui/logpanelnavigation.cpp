// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// LogPanel: going to findings (F3, the tables, the text) and explaining them.
#include "logpanel.h"
#include "logpanel_p.h"

#include "codedetailview.h"
#include "eventsview.h"
#include "logeditor.h"
#include "loghighlighter.h"
#include "report.h"
#include "scanner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <functional>
#include <utility>

using namespace sspilens;
using namespace logpanel;

// ------------------------------------------------------------------------------------------------
// Navigation and explanation

int LogPanel::findingAtPosition(int position) const
{
    if (!m_highlighter)
        return -1;
    const int index = m_highlighter->findingAt(position);
    // A click or hover on the right half of a span's last character lands just after it.
    return index >= 0 ? index : (position > 0 ? m_highlighter->findingAt(position - 1) : -1);
}

QString LogPanel::toolTipAt(int position) const
{
    const int index = findingAtPosition(position);
    if (index < 0 || static_cast<size_t>(index) >= m_findings->size())
        return {};
    const Finding &f = (*m_findings)[static_cast<size_t>(index)];
    return tr("<b>%1</b> (%2)<br>%3<br><i>Double-click for the full explanation.</i>")
        .arg(FindingsModel::symbolText(f).toHtmlEscaped(), FindingsModel::valueText(f).toHtmlEscaped(),
             FindingsModel::meaningText(f).toHtmlEscaped());
}

bool LogPanel::goToFinding(int index)
{
    if (m_eventLog) {
        // No text: the finding is shown in its event.
        if (index < 0 || static_cast<size_t>(index) >= m_findings->size())
            return false;
        selectFindingRow(index);
        return m_eventsView->showFinding(index);
    }
    if (!m_highlighter || index < 0 || index >= m_highlighter->spanCount())
        return false;
    const LogHighlighter::Span span = m_highlighter->span(index);
    if (span.length == 0 && !span.hidden)
        return false;
    if (m_feed && span.start + span.length > m_feed->appended) {
        // Its text is not in the editor yet: feedSlice() comes back here when it is.
        m_pendingFinding = index;
        selectFindingRow(index);
        emit statusMessage(tr("The text is still being laid out; the finding is shown when it is ready"));
        return true;
    }
    m_pendingFinding = -1;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(static_cast<int>(span.start));
    cursor.setPosition(static_cast<int>(span.start + span.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    revealSelection();
    selectFindingRow(index);
    m_navIndex = index;
    m_navStart = cursor.selectionStart();
    m_navEnd = cursor.selectionEnd();
    if (static_cast<size_t>(index) < m_findings->size()) {
        const Finding &f = (*m_findings)[static_cast<size_t>(index)];
        if (span.hidden)
            emit statusMessage(
                tr("Finding %1 of %2, line %3, is in the part of the line that is not shown "
                   "(lines are cut at %4 characters): %5")
                    .arg(QString::number(index + 1), QString::number(m_findings->size()), QString::number(f.line),
                         QLocale().toString(static_cast<qint64>(m_displayLineLimit)), FindingsModel::describe(f)));
        else
            emit statusMessage(tr("Finding %1 of %2, line %3: %4")
                                   .arg(QString::number(index + 1), QString::number(m_findings->size()),
                                        QString::number(f.line), FindingsModel::describe(f)));
    }
    return true;
}

void LogPanel::revealSelection()
{
    // QPlainTextEdit scrolls only as far as the cursor (the end of the selection); a code far
    // to the right of a long line should be read from its start.
    const QTextCursor cursor = m_editor->textCursor();
    QTextCursor start(cursor);
    start.setPosition(cursor.selectionStart());
    QTextCursor end(cursor);
    end.setPosition(cursor.selectionEnd());
    const int width = m_editor->viewport()->width();
    const QRect from = m_editor->cursorRect(start);
    const QRect to = m_editor->cursorRect(end);
    if (from.left() >= 0 && to.right() <= width)
        return;
    QScrollBar *bar = m_editor->horizontalScrollBar();
    bar->setValue(bar->value() + from.left() - width / 4);
}

int LogPanel::currentFinding() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (m_navIndex >= 0 && cursor.selectionStart() == m_navStart && cursor.selectionEnd() == m_navEnd
        && m_navIndex < m_highlighter->spanCount() && m_highlighter->span(m_navIndex).hidden)
        return m_navIndex;
    const int index = m_highlighter ? m_highlighter->findingAt(cursor.selectionStart()) : -1;
    if (index < 0)
        return -1;
    const LogHighlighter::Span span = m_highlighter->span(index);
    return span.start == cursor.selectionStart() && span.start + span.length == cursor.selectionEnd() ? index : -1;
}

void LogPanel::nextFinding()
{
    const int current = currentFinding();
    const QTextCursor cursor = m_editor->textCursor();
    // Without a selection a finding that starts at the cursor counts as the next one.
    const qint64 from = cursor.hasSelection() ? cursor.selectionStart() : qint64(cursor.position()) - 1;
    // Hidden findings share the place of their cut: only their order tells them apart.
    const int index = current >= 0 ? m_highlighter->stepFinding(current, 1) : m_highlighter->nextFinding(from);
    if (index < 0) {
        emit statusMessage(tr("No findings to go to"));
        return;
    }
    const bool wrapped = current >= 0 ? index <= current : m_highlighter->span(index).start <= from;
    goToFinding(index);
    if (wrapped)
        emit statusMessage(tr("Continued from the first finding"));
}

void LogPanel::previousFinding()
{
    const int current = currentFinding();
    const QTextCursor cursor = m_editor->textCursor();
    const qint64 from = cursor.hasSelection() ? cursor.selectionStart() : cursor.position();
    const int index = current >= 0 ? m_highlighter->stepFinding(current, -1) : m_highlighter->previousFinding(from);
    if (index < 0) {
        emit statusMessage(tr("No findings to go to"));
        return;
    }
    const bool wrapped = current >= 0 ? index >= current : m_highlighter->span(index).start >= from;
    goToFinding(index);
    if (wrapped)
        emit statusMessage(tr("Continued from the last finding"));
}

void LogPanel::selectFindingRow(int index)
{
    const QModelIndex source = m_findingsModel->index(m_findingsModel->rowOfFinding(index), 0);
    const QModelIndex proxy = m_findingsProxy->mapFromSource(source);
    if (!proxy.isValid())
        return;
    m_syncingSelection = true;
    m_findingsView->selectionModel()->setCurrentIndex(proxy,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_findingsView->scrollTo(proxy);
    m_syncingSelection = false;
}

void LogPanel::onFindingActivated(const QModelIndex &proxyIndex)
{
    if (m_syncingSelection || !proxyIndex.isValid())
        return;
    const int index = proxyIndex.data(FindingsModel::FindingIndexRole).toInt();
    m_syncingSelection = true;
    goToFinding(index);
    m_syncingSelection = false;
}

void LogPanel::onSummaryActivated(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const int first = proxyIndex.data(SummaryModel::FirstFindingRole).toInt();
    if (first >= 0)
        goToFinding(first);
}

void LogPanel::explainFinding(int index)
{
    if (index < 0 || static_cast<size_t>(index) >= m_findings->size())
        return;
    const Finding &f = (*m_findings)[static_cast<size_t>(index)];
    if (!f.code) {
        emit statusMessage(FindingsModel::describe(f));
        return;
    }
    explainCode(f.code);
}

bool LogPanel::showEvents()
{
    if (m_eventsView->eventCount() == 0)
        return false;
    m_resultTabs->setCurrentIndex(EventsTab);
    QTableView *table = m_eventsView->table();
    if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
        table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void LogPanel::explainCode(const StatusCode *code)
{
    if (!code)
        return;
    m_detail->showCode(code);
    if (!m_detailPane->isVisible()) {
        m_detailPane->show();
        // Counts the pane and its handle in before the sizes are applied.
        m_textSplitter->refresh();
        if (m_textSplitterState.isEmpty() || !m_textSplitter->restoreState(m_textSplitterState)
            || m_textSplitter->sizes().value(1) == 0) {
            const int width = m_textSplitter->width();
            m_textSplitter->setSizes({width * 3 / 5, width * 2 / 5});
        }
        // The text got narrower: keep the selected finding in view once the splitter settled.
        QTimer::singleShot(0, this, &LogPanel::revealSelection);
    }
}

void LogPanel::addExplainAction(QMenu *menu, int findingIndex)
{
    if (findingIndex < 0 || static_cast<size_t>(findingIndex) >= m_findings->size())
        return;
    const Finding &f = (*m_findings)[static_cast<size_t>(findingIndex)];
    QAction *before = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    auto *explain = new QAction(tr("&Explain %1").arg(FindingsModel::symbolText(f)), menu);
    explain->setObjectName(QStringLiteral("explainFindingAction"));
    explain->setEnabled(f.code != nullptr);
    connect(explain, &QAction::triggered, this, [this, findingIndex] {
        goToFinding(findingIndex);
        explainFinding(findingIndex);
    });
    menu->insertAction(before, explain);
    if (f.code) {
        const StatusCode *code = f.code;
        auto *library = new QAction(tr("Show in the Code &Library"), menu);
        library->setObjectName(QStringLiteral("showInLibraryAction"));
        connect(library, &QAction::triggered, this, [this, code] { emit codeActivated(code); });
        menu->insertAction(before, library);
    }
    if (before)
        menu->insertSeparator(before);
}

void LogPanel::showFindingsContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_findingsView->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    addExplainAction(&menu, index.data(FindingsModel::FindingIndexRole).toInt());
    menu.addAction(m_copySummaryAction);
    menu.addMenu(m_exportMenu);
    menu.exec(m_findingsView->viewport()->mapToGlobal(pos));
}

void LogPanel::showSummaryContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_summaryView->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    addExplainAction(&menu, index.data(SummaryModel::FirstFindingRole).toInt());
    menu.addAction(m_copySummaryAction);
    menu.addMenu(m_exportMenu);
    menu.exec(m_summaryView->viewport()->mapToGlobal(pos));
}
