// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "codedetailview.h"
#include "eventcatalog.h"
#include "events.h"
#include "eventsmodel.h"
#include "eventsview.h"
#include "guitest.h"
#include "logeditor.h"
#include "loghighlighter.h"
#include "logpanel.h"
#include "logreader.h"
#include "scanner.h"
#include "summarymodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

using namespace sspilens;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/events/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    // As LogReader gives it to the scanner and the editor.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

/// @p findings of @p text with the events parseEvents() finds in it set on them, as the reading
/// pipeline sets them (events13): the event a finding lies in, and the field it is the value of.
FindingList withEvents(const FindingList &findings, const QString &text)
{
    std::vector<std::shared_ptr<const EventRecord>> events;
    for (EventRecord &e : parseEvents(text))
        events.push_back(std::make_shared<const EventRecord>(std::move(e)));
    std::vector<Finding> out = *findings;
    for (Finding &f : out) {
        for (const auto &e : events) {
            if (f.offset < e->offset || f.offset >= e->offset + e->length)
                continue;
            f.event = e;
            for (const EventField &field : e->fields) {
                if (field.name != QLatin1String("Message") && f.offset >= field.valueOffset
                    && f.offset + f.length <= field.valueOffset + field.valueLength) {
                    f.eventField = field.name;
                    break;
                }
            }
            break;
        }
    }
    return std::make_shared<const std::vector<Finding>>(std::move(out));
}

/// A finding of @p symbol written as @p text at @p offset, in @p event (hand-built, as .evtx records
/// give them: offsets in the record's XML).
Finding handFinding(const QString &symbol, const QString &text, qint64 offset,
                    const std::shared_ptr<const EventRecord> &event, const QString &field)
{
    Finding f;
    f.code = Catalog::instance().bySymbol(symbol);
    f.value = f.code ? f.code->value : 0;
    f.form = FindingForm::Hex;
    f.text = text;
    f.offset = offset;
    f.length = text.size();
    f.event = event;
    f.eventField = field;
    return f;
}

int rowOfEvent(const QAbstractItemModel *model, quint32 id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EventsModel::EventIdRole).toUInt() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestEventsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabOnlyWithEvents();
    void modelUnderTester();
    void columns_data();
    void columns();
    void clickTabAndSort();
    void failuresOnly();
    void selectingShowsTextHighlightsAndCard_data();
    void selectingShowsTextHighlightsAndCard();
    void clickingCodeInTextShowsItsCard();
    void fieldsWhenNoSourceText();
    void findingsGroupedPerEvent();
    void openEvtx_data();
    void openEvtx();

private:
    void loadFixture(const QString &name);
    std::unique_ptr<LogPanel> m_panel;
};

void TestEventsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SSPILensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_eventsview"));
}

void TestEventsView::init()
{
    sspilens::test::failOnUnexpectedWarnings();
    QSettings().clear();
    m_panel = std::make_unique<LogPanel>();
    m_panel->resize(1200, 800);
}

void TestEventsView::cleanup()
{
    m_panel.reset();
}

void TestEventsView::loadFixture(const QString &name)
{
    const QString text = fixture(name);
    QVERIFY(!text.isEmpty());
    m_panel->setLogText(text);
    // The reading pipeline gives the findings their events; parseEvents() over the same text finds
    // the same ones.
    const FindingList read = m_panel->findings();
    const FindingList parsed = withEvents(read, m_panel->editor()->toPlainText());
    QCOMPARE(read->size(), parsed->size());
    for (size_t i = 0; i < read->size(); ++i) {
        QCOMPARE(bool((*read)[i].event), bool((*parsed)[i].event));
        if ((*read)[i].event) {
            QCOMPARE((*read)[i].event->offset, (*parsed)[i].event->offset);
            QCOMPARE((*read)[i].event->eventId, (*parsed)[i].event->eventId);
        }
    }
}

void TestEventsView::tabOnlyWithEvents()
{
    QTabWidget *tabs = m_panel->resultTabs();
    QVERIFY(!tabs->isTabVisible(LogPanel::EventsTab));
    // Codes but no events: no tab.
    m_panel->setLogText(QStringLiteral("curl: (35) schannel: SEC_E_UNTRUSTED_ROOT (0x80090325)\nerror 1326\n"));
    QCOMPARE(m_panel->findings()->size(), size_t(3));
    QVERIFY(!tabs->isTabVisible(LogPanel::EventsTab));
    loadFixture(QStringLiteral("eventviewer-en.txt"));
    QVERIFY(tabs->isTabVisible(LogPanel::EventsTab));
    QCOMPARE(tabs->tabText(LogPanel::EventsTab), QStringLiteral("Events (7)"));
    // New text without events takes the tab away again.
    m_panel->setLogText(QStringLiteral("curl: SEC_E_UNTRUSTED_ROOT\n"));
    QVERIFY(!tabs->isTabVisible(LogPanel::EventsTab));
}

void TestEventsView::modelUnderTester()
{
    EventsModel model;
    EventsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString text = fixture(QStringLiteral("eventviewer-en.txt"));
    const LogScanner scanner;
    model.setFindings(withEvents(std::make_shared<const std::vector<Finding>>(scanner.scan(text)), text));
    QCOMPARE(model.rowCount(), 7);
    for (int column = 0; column < EventsModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::DescendingOrder);
        proxy.sort(column, Qt::AscendingOrder);
    }
    proxy.setFailuresOnly(true);
    proxy.setFailuresOnly(false);
    model.setFindings(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestEventsView::columns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<quint32>("id");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("computer");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("codes");
    QTest::addRow("4625 en") << "eventviewer-en.txt" << 4625u << "2025-03-14T09:07:52"
                             << "FS02.corp.example.net"
                             << "CORP\\m.lindqvist"
                             << "STATUS_LOGON_FAILURE (0xC000006D), STATUS_WRONG_PASSWORD (0xC000006A)";
    QTest::addRow("4771 en") << "eventviewer-en.txt" << 4771u << "2025-03-14T09:08:03"
                             << "DC01.corp.example.net"
                             << "m.lindqvist"
                             << "KDC_ERR_PREAUTH_FAILED (0x18)";
    QTest::addRow("4625 zh-TW") << "eventviewer-zh-TW.txt" << 4625u << QString() << QString() << QString()
                                << "STATUS_LOGON_FAILURE (0xC000006D), STATUS_NO_SUCH_USER (0xC0000064)";
}

void TestEventsView::columns()
{
    QFETCH(QString, file);
    QFETCH(quint32, id);
    QFETCH(QString, time);
    QFETCH(QString, computer);
    QFETCH(QString, account);
    QFETCH(QString, codes);
    loadFixture(file);
    const EventsModel *model = m_panel->eventsView()->model();
    const int row = rowOfEvent(model, id);
    QVERIFY(row >= 0);
    if (!time.isEmpty())
        QCOMPARE(model->index(row, EventsModel::TimeColumn).data().toString(), time);
    if (!computer.isEmpty())
        QCOMPARE(model->index(row, EventsModel::ComputerColumn).data().toString(), computer);
    if (!account.isEmpty())
        QCOMPARE(model->index(row, EventsModel::AccountColumn).data().toString(), account);
    QCOMPARE(model->index(row, EventsModel::CodesColumn).data().toString(), codes);
    // The ID with its short name in our words.
    const EventsModel::Row *r = model->rowAt(row);
    const KnownEvent *known = EventCatalog::find(*r->event);
    QVERIFY(known);
    QCOMPARE(model->index(row, EventsModel::EventColumn).data().toString(),
             QStringLiteral("%1 · %2").arg(QString::number(id), trEvents(known->name)));
    // Each code's meaning, and its description in the tooltip.
    const Finding &first = (*model->findings())[size_t(r->codeFindings.constFirst())];
    QVERIFY(
        model->index(row, EventsModel::MeaningColumn).data().toString().startsWith(FindingsModel::meaningText(first)));
    QVERIFY(model->index(row, EventsModel::CodesColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(FindingsModel::describe(first)));
    QVERIFY(model->index(row, 0).data(EventsModel::FailureRole).toBool());
}

void TestEventsView::clickTabAndSort()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    loadFixture(QStringLiteral("eventviewer-en.txt"));
    QTabWidget *tabs = m_panel->resultTabs();
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(LogPanel::EventsTab).center());
    QCOMPARE(tabs->currentIndex(), int(LogPanel::EventsTab));
    QTableView *table = m_panel->eventsView()->table();
    QVERIFY(table->isVisible());
    // The log's order first: 4625 4771 4768 4769 4776 36887 36888.
    QCOMPARE(table->model()->index(0, 0).data(EventsModel::EventIdRole).toUInt(), 4625u);
    QCOMPARE(table->model()->index(6, 0).data(EventsModel::EventIdRole).toUInt(), 36888u);
    QHeaderView *header = table->horizontalHeader();
    const auto clickHeader = [&](int section) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2));
    };
    clickHeader(EventsModel::EventColumn);
    QList<quint32> ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids.append(table->model()->index(row, 0).data(EventsModel::EventIdRole).toUInt());
    QCOMPARE(ids, (QList<quint32>{4625, 4768, 4769, 4771, 4776, 36887, 36888}));
    clickHeader(EventsModel::EventColumn);
    QCOMPARE(table->model()->index(0, 0).data(EventsModel::EventIdRole).toUInt(), 36888u);
    // Numbers sort as numbers in the Time column too (ISO times sort as text).
    clickHeader(EventsModel::TimeColumn);
    const QString firstTime = table->model()->index(0, EventsModel::TimeColumn).data().toString();
    const QString lastTime = table->model()->index(6, EventsModel::TimeColumn).data().toString();
    QVERIFY2(firstTime <= lastTime, qPrintable(firstTime + QLatin1Char(' ') + lastTime));
}

void TestEventsView::failuresOnly()
{
    // Two events: one whose code is a success (SEC_E_OK), one whose code is an error.
    const QString text = QStringLiteral("event one: status SEC_E_OK\n"
                                        "event two: status 0xC000006D\n");
    const qint64 second = text.indexOf(QLatin1String("event two"));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setLogText(text);
    auto one = std::make_shared<EventRecord>();
    one->eventId = 4624;
    one->provider = QStringLiteral("Microsoft-Windows-Security-Auditing");
    one->offset = 0;
    one->length = second;
    auto two = std::make_shared<EventRecord>();
    two->eventId = 4625;
    two->provider = QStringLiteral("Microsoft-Windows-Security-Auditing");
    two->offset = second;
    two->length = text.size() - second;
    std::vector<Finding> findings = *m_panel->findings();
    QCOMPARE(findings.size(), size_t(2));
    findings[0].event = one;
    findings[1].event = two;
    QCOMPARE(findings[0].code->symbolString(), QStringLiteral("SEC_E_OK"));
    m_panel->setFindings(std::make_shared<const std::vector<Finding>>(std::move(findings)));
    QTabBar *bar = m_panel->resultTabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(LogPanel::EventsTab).center());
    QTableView *table = m_panel->eventsView()->table();
    QCOMPARE(table->model()->rowCount(), 2);
    QCheckBox *box = m_panel->eventsView()->failuresOnlyBox();
    QVERIFY(box->isVisible());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QVERIFY(box->isChecked());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(EventsModel::EventIdRole).toUInt(), 4625u);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QCOMPARE(table->model()->rowCount(), 2);
    // The tab counts every event with a code, filtered or not.
    QCOMPARE(m_panel->resultTabs()->tabText(LogPanel::EventsTab), QStringLiteral("Events (2)"));
}

void TestEventsView::selectingShowsTextHighlightsAndCard_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<quint32>("id");
    QTest::addColumn<QString>("card");
    QTest::addRow("4625 en") << "eventviewer-en.txt" << 4625u << "STATUS_LOGON_FAILURE";
    QTest::addRow("36887 en") << "eventviewer-en.txt" << 36887u << "TLS1_ALERT_CERTIFICATE_UNKNOWN";
    QTest::addRow("4776 zh-TW") << "eventviewer-zh-TW.txt" << 4776u << "STATUS_WRONG_PASSWORD";
    QTest::addRow("4771 PowerShell") << "powershell-format-list.txt" << 4771u << "KRB_AP_ERR_SKEW";
    QTest::addRow("4625 XML") << "wevtutil-security.xml" << 4625u << QString();
}

void TestEventsView::selectingShowsTextHighlightsAndCard()
{
    QFETCH(QString, file);
    QFETCH(quint32, id);
    QFETCH(QString, card);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    loadFixture(file);
    QTabBar *bar = m_panel->resultTabs()->tabBar();
    QVERIFY(m_panel->resultTabs()->isTabVisible(LogPanel::EventsTab));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(LogPanel::EventsTab).center());
    EventsView *view = m_panel->eventsView();
    QTableView *table = view->table();
    const int row = rowOfEvent(table->model(), id);
    QVERIFY(row >= 0);
    const QModelIndex index = table->model()->index(row, EventsModel::CodesColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(table->currentIndex().row(), row);

    // The event's own text, as it is in the log.
    const EventsModel::Row *r = view->model()->rowAt(view->proxy()->mapToSource(index).row());
    QVERIFY(r);
    const EventRecord &event = *r->event;
    const QString logText = m_panel->editor()->toPlainText();
    QVERIFY(!view->showingFields());
    QCOMPARE(view->textView()->toPlainText(), logText.mid(event.offset, event.length));
    QVERIFY(view->textView()->isReadOnly());
    // The card of the event's first failing code.
    const QString expected =
        card.isEmpty() ? (*m_panel->findings())[size_t(r->codeFindings.constFirst())].code->symbolString() : card;
    QVERIFY(m_panel->detailView()->isVisible());
    QVERIFY(m_panel->detailView()->code());
    QCOMPARE(m_panel->detailView()->code()->symbolString(), expected);
    // Every finding of the event highlighted where it is in that text.
    LogHighlighter *highlighter = view->textHighlighter();
    QCOMPARE(highlighter->spanCount(), int(r->findings.size()));
    const QString shown = view->textView()->toPlainText();
    for (int i = 0; i < highlighter->spanCount(); ++i) {
        const Finding &f = (*m_panel->findings())[size_t(r->findings[i])];
        const LogHighlighter::Span span = highlighter->span(i);
        QCOMPARE(span.start, f.offset - event.offset);
        QCOMPARE(shown.mid(span.start, span.length), f.text);
        // Painted: the block holding it carries the finding's format once it is on screen.
        QTextCursor cursor(view->textView()->document());
        cursor.setPosition(int(span.start));
        view->textView()->setTextCursor(cursor);
        view->textView()->ensureCursorVisible();
        view->textView()->repaint();
        const QTextBlock block = view->textView()->document()->findBlock(int(span.start));
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        const bool formatted =
            std::any_of(formats.cbegin(), formats.cend(), [&](const QTextLayout::FormatRange &range) {
                return block.position() + range.start == span.start && range.length == span.length
                       && range.format.fontUnderline();
            });
        QVERIFY2(formatted, qPrintable(f.text));
    }
}

void TestEventsView::clickingCodeInTextShowsItsCard()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    loadFixture(QStringLiteral("eventviewer-en.txt"));
    m_panel->resultTabs()->setCurrentIndex(LogPanel::EventsTab);
    EventsView *view = m_panel->eventsView();
    QTableView *table = view->table();
    const int row = rowOfEvent(table->model(), 4625);
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_panel->detailView()->code()->symbolString(), QStringLiteral("STATUS_LOGON_FAILURE"));
    // A click on Sub Status 0xC000006A shows its card.
    LogHighlighter::Span span;
    for (int i = 0; i < view->textHighlighter()->spanCount(); ++i) {
        const LogHighlighter::Span s = view->textHighlighter()->span(i);
        if (view->textView()->toPlainText().mid(s.start, s.length) == QLatin1String("0xC000006A"))
            span = s;
    }
    QVERIFY(span.length > 0);
    QTextCursor cursor(view->textView()->document());
    cursor.setPosition(int(span.start + 2));
    view->textView()->setTextCursor(cursor);
    view->textView()->ensureCursorVisible();
    const QRect at = view->textView()->cursorRect(cursor);
    QTest::mouseClick(view->textView()->viewport(), Qt::LeftButton, {}, at.center());
    QCOMPARE(m_panel->detailView()->code()->symbolString(), QStringLiteral("STATUS_WRONG_PASSWORD"));
}

void TestEventsView::fieldsWhenNoSourceText()
{
    // An .evtx record: its offsets are in the record's XML, which the log decoder does not hold.
    auto event = std::make_shared<EventRecord>();
    event->eventId = 4776;
    event->provider = QStringLiteral("Microsoft-Windows-Security-Auditing");
    event->computer = QStringLiteral("DC01");
    event->time = QStringLiteral("2024-06-04T14:03:04Z");
    event->source = EventSource::Evtx;
    event->offset = 0;
    event->length = 500;
    event->fields.push_back({QStringLiteral("TargetUserName"), QStringLiteral("alice"), 300, 5});
    event->fields.push_back({QStringLiteral("Status"), QStringLiteral("0xc0000234"), 340, 10});
    std::vector<Finding> findings;
    findings.push_back(handFinding(QStringLiteral("STATUS_ACCOUNT_LOCKED_OUT"), QStringLiteral("0xc0000234"), 340,
                                   event, QStringLiteral("Status")));
    EventsView view;
    view.resize(900, 400);
    QSignalSpy chosen(&view, &EventsView::codeChosen);
    view.setFindings(std::make_shared<const std::vector<Finding>>(std::move(findings)));
    QCOMPARE(view.eventCount(), 1);
    QCOMPARE(view.model()->index(0, EventsModel::AccountColumn).data().toString(), QStringLiteral("alice"));
    view.table()->selectionModel()->setCurrentIndex(view.proxy()->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(view.showingFields());
    const QString text = view.textView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Event ID: 4776")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TargetUserName: alice")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Status: 0xc0000234")), qPrintable(text));
    QCOMPARE(view.textHighlighter()->spanCount(), 1);
    const LogHighlighter::Span span = view.textHighlighter()->span(0);
    QCOMPARE(text.mid(span.start, span.length), QStringLiteral("0xc0000234"));
    QCOMPARE(text.mid(span.start - 8, 8), QStringLiteral("Status: "));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.constFirst().constFirst().value<const StatusCode *>()->symbolString(),
             QStringLiteral("STATUS_ACCOUNT_LOCKED_OUT"));
    // With the filter on, an event that is no failure disappears and its text with it.
    view.proxy()->setFailuresOnly(true);
    QCOMPARE(view.proxy()->rowCount(), 1);
}

void TestEventsView::findingsGroupedPerEvent()
{
    // In an event the same code written twice (the Status field and the message) is one row;
    // outside events, one row per line.
    const QString text = QStringLiteral("<Event><System><EventID>4625</EventID><Computer>FS02</Computer></System>"
                                        "<EventData><Data Name=\"Status\">0xC000006D</Data>\n"
                                        "<Data Name=\"SubStatus\">0xC000006D</Data></EventData></Event>\n"
                                        "0xC000006D and STATUS_LOGON_FAILURE\n");
    m_panel->setLogText(text);
    QCOMPARE(m_panel->findings()->size(), size_t(4));
    // Without their event the two values of the XML are on two lines: two rows.
    std::vector<Finding> bare = *m_panel->findings();
    for (Finding &f : bare)
        f.event.reset();
    m_panel->setFindings(std::make_shared<const std::vector<Finding>>(std::move(bare)));
    QCOMPARE(m_panel->findingsModel()->rowCount(), 3);
    m_panel->setFindings(withEvents(m_panel->findings(), m_panel->editor()->toPlainText()));
    QVERIFY((*m_panel->findings())[0].event);
    QCOMPARE((*m_panel->findings())[0].event, (*m_panel->findings())[1].event);
    const FindingsModel *model = m_panel->findingsModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(FindingsModel::FindingIndexesRole).value<QList<int>>(), (QList<int>{0, 1}));
    QCOMPARE(model->index(1, 0).data(FindingsModel::FindingIndexesRole).value<QList<int>>(), (QList<int>{2, 3}));
    QCOMPARE(model->index(1, FindingsModel::FormColumn).data().toString(),
             findingFormName(FindingForm::Hex) + QStringLiteral(", ") + findingFormName(FindingForm::Symbol));
    QCOMPARE(m_panel->resultTabs()->tabText(0), QStringLiteral("Findings (2)"));
    QCOMPARE(m_panel->summaryModel()->index(0, SummaryModel::CountColumn).data().toLongLong(), 2);
    // F3 still visits every written form, the row following.
    m_panel->goToFinding(0);
    m_panel->nextFinding();
    QCOMPARE(m_panel->currentFinding(), 1);
    QCOMPARE(m_panel->findingsView()->currentIndex().row(), 0);
    m_panel->nextFinding();
    QCOMPARE(m_panel->currentFinding(), 2);
    QCOMPARE(m_panel->findingsView()->currentIndex().row(), 1);
    // Every form is still highlighted in the text.
    QCOMPARE(m_panel->highlighter()->spanCount(), 4);
}

void TestEventsView::openEvtx_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<quint32>>("ids");
    // Its 4776 events carry no code (Error Code 0x0): only the failed logons are listed.
    QTest::addRow("with size_t") << "Security_with_size_t.evtx" << QList<quint32>{4625};
    QTest::addRow("short selected") << "Security_short_selected.evtx" << QList<quint32>{4625, 4776};
}

void TestEventsView::openEvtx()
{
    QFETCH(QString, file);
    QFETCH(QList<quint32>, ids);
    const QString path = QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/evtx/") + file;
    qint64 records = 0;
    {
        const LogScanner scanner;
        const LogReadResult read = LogReader(scanner).read(LogSource::file(path), [](const Finding &) { return true; });
        if (read.status == LogReadResult::Status::Refused
            && (read.has(LogWarning::EventLogFile) || read.has(LogWarning::EventLogProblem)))
            QSKIP("needs .evtx reading in LogReader (libevtx)");
        records = read.events;
    }
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QSignalSpy loaded(m_panel.get(), &LogPanel::textLoaded);
    QVERIFY(m_panel->openFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy() && loaded.count() >= 1, 30000);
    QVERIFY(m_panel->isEventLog());
    const QAbstractItemModel *events = m_panel->eventsView()->table()->model();
    QSet<quint32> seen;
    for (int row = 0; row < events->rowCount(); ++row)
        seen.insert(events->index(row, 0).data(EventsModel::EventIdRole).toUInt());
    QCOMPARE(seen, QSet<quint32>(ids.cbegin(), ids.cend()));
    // The note, not the records' XML.
    const QString note = m_panel->editor()->toPlainText();
    // (English plurals come from the translation, not loaded here.)
    QVERIFY2(note.startsWith(QStringLiteral("Windows event log: %1 record").arg(records)), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral(" read, %1 event").arg(events->rowCount())), qPrintable(note));
    QVERIFY2(note.endsWith(QStringLiteral("; select an event to see it.")), qPrintable(note));
    QVERIFY(!note.contains(QStringLiteral("<Event")));
    QCOMPARE(m_panel->resultTabs()->currentIndex(), int(LogPanel::EventsTab));
    QVERIFY(m_panel->resultTabs()->isTabVisible(LogPanel::EventsTab));
    // Selecting an event shows its record's XML with its code highlighted, and the code's card.
    QTableView *table = m_panel->eventsView()->table();
    const int row = rowOfEvent(events, ids.constLast());
    table->selectionModel()->setCurrentIndex(events->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EventsView *view = m_panel->eventsView();
    QVERIFY2(view->textView()->toPlainText().startsWith(QStringLiteral("<Event")),
             qPrintable(view->textView()->toPlainText().left(300)));
    QVERIFY(view->textHighlighter()->spanCount() > 0);
    const LogHighlighter::Span span = view->textHighlighter()->span(0);
    const Finding &f = (*view->shownFindings())[0];
    QCOMPARE(view->textView()->toPlainText().mid(span.start, span.length), f.text);
    QVERIFY(m_panel->detailView()->code());
    QCOMPARE(m_panel->detailView()->code(), f.code);
    // The findings table lists the codes too; a click on one shows its event.
    m_panel->resultTabs()->setCurrentIndex(0);
    QVERIFY(m_panel->findingsModel()->rowCount() > 0);
    QVERIFY(m_panel->goToFinding(0));
    QCOMPARE(table->currentIndex().data(EventsModel::FirstFindingRole).toInt(), 0);
}

QTEST_MAIN(TestEventsView)
#include "tst_eventsview.moc"
