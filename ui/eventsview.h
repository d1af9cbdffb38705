// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "findingsmodel.h"

#include <QWidget>

#include <functional>

class EventsFilterProxy;
class EventsModel;
class LogEditor;
class LogHighlighter;
class QCheckBox;
class QLabel;
class QModelIndex;
class QSplitter;
class QTableView;

namespace sspilens {
struct EventRecord;
struct StatusCode;
} // namespace sspilens

/**
 * The log decoder's Events tab: the events that carry a code (EventsModel), sortable, with a
 * "Failures only" filter, and beside them the text of the selected event, its findings highlighted
 * by a LogHighlighter of its own. Selecting an event, or a code in its text, asks for that code's
 * card (codeChosen()).
 *
 * The event's text is the text it was read from (EventRecord::text, else what the host gives,
 * setSourceText()); otherwise its fields as "Name: value" lines, the findings placed in the values
 * they are in.
 */
class EventsView : public QWidget
{
    Q_OBJECT

public:
    /// The text @p event was read from (its offset and length in the scanned text), or empty when
    /// the host does not have it.
    using SourceText = std::function<QString(const sspilens::EventRecord &event)>;

    explicit EventsView(QWidget *parent = nullptr);

    void setSourceText(SourceText provider) { m_sourceText = std::move(provider); }
    /// Lists the events of @p findings that carry a code; clears the text shown.
    void setFindings(FindingList findings);
    /// Events listed (whatever the filter shows).
    int eventCount() const;

    /// Selects the event that holds finding @p index and shows it; false when no event does.
    bool showFinding(int index);
    /// The selected event shown again (its text may have become available).
    void refresh();

    EventsModel *model() const { return m_model; }
    EventsFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QCheckBox *failuresOnlyBox() const { return m_failuresOnly; }
    LogEditor *textView() const { return m_text; }
    LogHighlighter *textHighlighter() const { return m_highlighter; }
    /// The findings shown in the event's text: offsets in that text (as the highlighter has them).
    const FindingList &shownFindings() const { return m_shown; }
    /// For each shown finding, its index in the findings of setFindings().
    const QList<int> &shownFindingIndexes() const { return m_shownIndexes; }
    /// True when the text shown is the event's fields, not its source text.
    bool showingFields() const { return m_showingFields; }

signals:
    /// An event or a code in its text was chosen: show this code's card.
    void codeChosen(const sspilens::StatusCode *code);
    /// An event was activated (double-click, Enter): go to finding @p index in the log.
    void findingActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showRow(const QModelIndex &proxyIndex);
    void clearText();
    int shownFindingAt(int position) const;
    void chooseAt(int position);

    SourceText m_sourceText;
    FindingList m_findings;
    FindingList m_shown;
    QList<int> m_shownIndexes;
    bool m_showingFields = false;
    int m_shownRow = -1; ///< source row of the event shown

    EventsModel *m_model = nullptr;
    EventsFilterProxy *m_proxy = nullptr;
    QCheckBox *m_failuresOnly = nullptr;
    QLabel *m_hint = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    LogEditor *m_text = nullptr;
    LogHighlighter *m_highlighter = nullptr;
};
