// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "eventsview.h"

#include "events.h"
#include "eventsmodel.h"
#include "logeditor.h"
#include "loghighlighter.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

using namespace sspilens;

namespace {

/// Where finding @p f is in the "Name: value" lines of its event: the field it is the value of
/// (by name), else the field whose value holds its offset; then its place in that value, by offset
/// when the offsets agree, else by its text. -1 when it is in none.
qint64 placeInFields(const EventRecord &event, const std::vector<qint64> &valueStarts, const Finding &f, qint64 *length)
{
    const auto tryField = [&](size_t i) -> qint64 {
        const EventField &field = event.fields[i];
        if (i >= valueStarts.size() || valueStarts[i] < 0)
            return -1;
        qint64 within = f.offset - field.valueOffset;
        if (field.valueOffset < 0 || within < 0 || within >= field.value.size()
            || field.value.mid(within, f.text.size()).compare(f.text, Qt::CaseInsensitive) != 0)
            within = field.value.indexOf(f.text, 0, Qt::CaseInsensitive);
        if (within < 0)
            return -1;
        *length = std::min<qint64>(f.text.size(), field.value.size() - within);
        return valueStarts[i] + within;
    };
    if (!f.eventField.isEmpty()) {
        for (size_t i = 0; i < event.fields.size(); ++i) {
            if (event.fields[i].name.compare(f.eventField, Qt::CaseInsensitive) == 0) {
                const qint64 at = tryField(i);
                if (at >= 0)
                    return at;
            }
        }
    }
    for (size_t i = 0; i < event.fields.size(); ++i) {
        const EventField &field = event.fields[i];
        if (field.valueOffset >= 0 && f.offset >= field.valueOffset
            && f.offset < field.valueOffset + std::max<qint64>(field.valueLength, field.value.size())) {
            const qint64 at = tryField(i);
            if (at >= 0)
                return at;
        }
    }
    for (size_t i = 0; i < event.fields.size(); ++i) {
        const qint64 at = tryField(i);
        if (at >= 0)
            return at;
    }
    return -1;
}

} // namespace

EventsView::EventsView(QWidget *parent)
    : QWidget(parent), m_findings(std::make_shared<const std::vector<Finding>>()),
      m_shown(std::make_shared<const std::vector<Finding>>())
{
    setObjectName(QStringLiteral("eventsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    m_failuresOnly = new QCheckBox(this);
    m_failuresOnly->setObjectName(QStringLiteral("failuresOnlyBox"));
    bar->addWidget(m_failuresOnly);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("eventsHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setEnabled(false);
    bar->addWidget(m_hint, 1);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("eventsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_model = new EventsModel(this);
    m_proxy = new EventsFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // The log's order until the user sorts.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->resizeSection(EventsModel::TimeColumn, 150);
    m_table->horizontalHeader()->resizeSection(EventsModel::EventColumn, 210);
    m_table->horizontalHeader()->resizeSection(EventsModel::ComputerColumn, 110);
    m_table->horizontalHeader()->resizeSection(EventsModel::AccountColumn, 120);
    m_table->horizontalHeader()->resizeSection(EventsModel::CodesColumn, 280);

    m_text = new LogEditor(m_splitter);
    m_text->setObjectName(QStringLiteral("eventText"));
    m_text->setReadOnly(true);
    m_text->setAcceptDrops(false);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Installed while the document is empty (see LogHighlighter).
    m_highlighter = new LogHighlighter(m_text->document());
    m_highlighter->setPalette(m_text->palette());
    m_text->setToolTipProvider([this](int position) {
        const int shown = shownFindingAt(position);
        return shown < 0 ? QString() : FindingsModel::describe((*m_shown)[static_cast<size_t>(shown)]);
    });
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (!m_text->textCursor().hasSelection())
            chooseAt(m_text->textCursor().position());
    });
    connect(m_text, &LogEditor::positionDoubleClicked, this, &EventsView::chooseAt);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    connect(m_failuresOnly, &QCheckBox::toggled, m_proxy, &EventsFilterProxy::setFailuresOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit findingActivated(index.data(EventsModel::FirstFindingRole).toInt());
    });
    // The event shown may be filtered out: its text goes with it.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_shownRow >= 0 && !m_proxy->mapFromSource(m_model->index(m_shownRow, 0)).isValid())
            clearText();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_shownRow >= 0 && !m_proxy->mapFromSource(m_model->index(m_shownRow, 0)).isValid())
            clearText();
    });
    retranslateUi();
}

void EventsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange && m_highlighter) {
        m_highlighter->setPalette(m_text->palette());
        m_text->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void EventsView::retranslateUi()
{
    m_failuresOnly->setText(tr("&Failures only"));
    m_failuresOnly->setToolTip(tr("Show only the events whose codes are errors"));
    m_hint->setText(tr("Select an event to see its text and the card of its code."));
    m_text->setPlaceholderText(tr("The text of the selected event appears here."));
    m_model->retranslate();
    if (m_shownRow >= 0 && m_showingFields)
        refresh();
}

void EventsView::setFindings(FindingList findings)
{
    m_findings = findings ? std::move(findings) : std::make_shared<const std::vector<Finding>>();
    clearText();
    m_model->setFindings(m_findings);
}

int EventsView::eventCount() const
{
    return m_model->rowCount();
}

bool EventsView::showFinding(int index)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->rowAt(row)->findings.contains(index))
            continue;
        const QModelIndex proxy = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!proxy.isValid())
            return false;
        m_table->selectionModel()->setCurrentIndex(proxy,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(proxy);
        return true;
    }
    return false;
}

void EventsView::refresh()
{
    const QModelIndex proxy = m_proxy->mapFromSource(m_model->index(m_shownRow, 0));
    if (proxy.isValid())
        showRow(proxy);
}

void EventsView::clearText()
{
    m_shownRow = -1;
    m_shown = std::make_shared<const std::vector<Finding>>();
    m_shownIndexes.clear();
    m_showingFields = false;
    m_text->clear();
    m_highlighter->setFindings(m_shown);
}

void EventsView::showRow(const QModelIndex &proxyIndex)
{
    const int sourceRow = proxyIndex.isValid() ? m_proxy->mapToSource(proxyIndex).row() : -1;
    const EventsModel::Row *row = m_model->rowAt(sourceRow);
    if (!row) {
        clearText();
        return;
    }
    const EventRecord &event = *row->event;
    // The reader keeps the text of the events that carry a finding (from event.offset on); the
    // host may have it too.
    QString text = event.text;
    if (text.isEmpty() && m_sourceText) {
        text = m_sourceText(event);
        if (text.size() != event.length)
            text.clear();
    }
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_showingFields = text.isEmpty();
    std::vector<qint64> valueStarts;
    if (m_showingFields)
        text = EventsModel::fieldsText(event, &valueStarts);

    std::vector<Finding> shown;
    std::vector<std::pair<Finding, int>> placed;
    for (const int index : row->findings) {
        Finding f = (*m_findings)[static_cast<size_t>(index)];
        if (m_showingFields) {
            qint64 length = 0;
            const qint64 at = placeInFields(event, valueStarts, f, &length);
            if (at < 0)
                continue;
            f.offset = at;
            f.length = length;
        } else {
            f.offset -= event.offset;
            if (f.offset < 0 || f.offset + f.length > text.size())
                continue;
        }
        placed.emplace_back(std::move(f), index);
    }
    // The highlighter wants its spans sorted and apart.
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto &a, const auto &b) { return a.first.offset < b.first.offset; });
    m_shownIndexes.clear();
    qint64 end = 0;
    for (auto &[f, index] : placed) {
        if (f.offset < end)
            continue;
        end = f.offset + f.length;
        shown.push_back(std::move(f));
        m_shownIndexes.append(index);
    }

    m_shownRow = sourceRow;
    {
        // Not an edit: the spans are set right after.
        const QSignalBlocker blocker(m_highlighter);
        m_text->setPlainText(text);
    }
    m_shown = std::make_shared<const std::vector<Finding>>(std::move(shown));
    m_highlighter->setFindings(m_shown);
    if (!m_shown->empty()) {
        // The codes are deep in a long event: show the first one (a cursor put there is no choice).
        const QSignalBlocker blocker(m_text);
        QTextCursor cursor(m_text->document());
        cursor.setPosition(static_cast<int>(m_shown->front().offset));
        m_text->setTextCursor(cursor);
        m_text->centerCursor();
    }
    m_text->viewport()->update();

    // The card of the event's first failing code (else its first code).
    const Finding *chosen = nullptr;
    for (const int index : row->codeFindings) {
        const Finding &f = (*m_findings)[static_cast<size_t>(index)];
        if (!chosen
            || (chosen->code && chosen->code->severity != Severity::Error && f.code
                && f.code->severity == Severity::Error))
            chosen = &f;
    }
    if (chosen && chosen->code)
        emit codeChosen(chosen->code);
}

int EventsView::shownFindingAt(int position) const
{
    int index = m_highlighter->findingAt(position);
    if (index < 0 && position > 0)
        index = m_highlighter->findingAt(position - 1);
    return index >= 0 && static_cast<size_t>(index) < m_shown->size() ? index : -1;
}

void EventsView::chooseAt(int position)
{
    const int shown = shownFindingAt(position);
    if (shown < 0)
        return;
    const Finding &f = (*m_shown)[static_cast<size_t>(shown)];
    if (f.code)
        emit codeChosen(f.code);
}
