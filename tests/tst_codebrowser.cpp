// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "codebrowser.h"
#include "codedetailview.h"
#include "codefilterproxy.h"
#include "codetablemodel.h"
#include "guides.h"
#include "guitest.h"
#include "lookup.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace sspilens;

class TestCodeBrowser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsUnderTester();
    void typeToFilter_data();
    void typeToFilter();
    void typeWords();
    void escapeClears();
    void ctrlFFocusesSearch();
    void enterGoesToTable();
    void filterCheckbox_data();
    void filterCheckbox();
    void spaceTogglesFilter();
    void familyFilterWithSearch();
    void clearFilters();
    void emptyResult_data();
    void emptyResult();
    void emptyResultClearFilters();
    void selectingRowFillsCard_data();
    void selectingRowFillsCard();
    void relatedLink_data();
    void relatedLink();
    void relatedLinkClearsHidingFilter();
    void crossFamilyLink_data();
    void crossFamilyLink();
    void cardShowsFamily_data();
    void cardShowsFamily();
    void ctrlCCopiesRows_data();
    void ctrlCCopiesRows();
    void contextMenuCopies_data();
    void contextMenuCopies();
    void cardCopyButtons_data();
    void cardCopyButtons();
    void tabOrder();
    void accessibleNames();
    void readable_data();
    void readable();
    void detailViewAlone();
    void cardShowsLocalizedMessages();
    void typeLocalizedMessage_data();
    void typeLocalizedMessage();

private:
    CodeBrowser *browser() const { return m_browser.get(); }
    QLineEdit *search() const { return m_browser->searchEdit(); }
    QTableView *table() const { return m_browser->tableView(); }
    CodeFilterProxy *proxy() const { return m_browser->proxy(); }
    CodeDetailView *card() const { return m_browser->detailView(); }
    template<typename T>
    T *child(const QString &name) const
    {
        return m_browser->findChild<T *>(name);
    }

    QStringList shownSymbols() const;
    int proxyRowOf(const QString &symbol) const;
    void clickRow(int proxyRow) const;
    void typeAndSettle(const QString &text) const;

    std::unique_ptr<CodeBrowser> m_browser;
};

namespace {

int total()
{
    return Catalog::instance().size();
}

QString countText(int shown)
{
    return QStringLiteral("%1 of %2 codes").arg(shown).arg(total());
}

const StatusCode &code(const QString &symbol)
{
    const StatusCode *c = Catalog::instance().bySymbol(symbol);
    if (!c)
        qFatal("symbol %s not in the catalog", qPrintable(symbol));
    return *c;
}

// WCAG relative luminance and contrast ratio; translucent colours are blended onto the background.
double channel(double v)
{
    v /= 255.0;
    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

QColor blend(const QColor &fg, const QColor &bg)
{
    const double a = fg.alphaF();
    return QColor::fromRgbF(static_cast<float>(fg.redF() * a + bg.redF() * (1 - a)),
                            static_cast<float>(fg.greenF() * a + bg.greenF() * (1 - a)),
                            static_cast<float>(fg.blueF() * a + bg.blueF() * (1 - a)));
}

double contrast(const QColor &fg, const QColor &bg)
{
    const double a = luminance(blend(fg, bg));
    const double b = luminance(bg);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor backgroundBehind(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return widget->palette().color(QPalette::Window);
}

} // namespace

void TestCodeBrowser::init()
{
    sspilens::test::failOnUnexpectedWarnings();
    m_browser = std::make_unique<CodeBrowser>();
    m_browser->resize(1280, 800);
    m_browser->show();
    QApplication::setActiveWindow(m_browser.get());
    QVERIFY(QTest::qWaitForWindowActive(m_browser.get()));
    QGuiApplication::clipboard()->clear();
}

void TestCodeBrowser::cleanup()
{
    m_browser.reset();
}

QStringList TestCodeBrowser::shownSymbols() const
{
    QStringList list;
    for (int row = 0; row < proxy()->rowCount(); ++row)
        list << proxy()->index(row, CodeTableModel::SymbolColumn).data().toString();
    list.sort();
    return list;
}

int TestCodeBrowser::proxyRowOf(const QString &symbol) const
{
    for (int row = 0; row < proxy()->rowCount(); ++row) {
        if (proxy()->index(row, CodeTableModel::SymbolColumn).data().toString() == symbol)
            return row;
    }
    return -1;
}

void TestCodeBrowser::clickRow(int proxyRow) const
{
    const QModelIndex index = proxy()->index(proxyRow, CodeTableModel::SymbolColumn);
    table()->scrollTo(index);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
}

void TestCodeBrowser::typeAndSettle(const QString &text) const
{
    search()->setFocus();
    QTest::keyClicks(search(), text);
    QCOMPARE(search()->text(), text);
    // The table follows after the typing pause.
    QTRY_COMPARE(proxy()->searchText(), text.trimmed());
}

void TestCodeBrowser::modelsUnderTester()
{
    QAbstractItemModelTester sourceTester(browser()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    typeAndSettle(QStringLiteral("kerb"));
    child<QCheckBox>(QStringLiteral("severityFilter_error"))->click();
    table()->sortByColumn(CodeTableModel::MeaningColumn, Qt::DescendingOrder);
    QTest::keyClick(search(), Qt::Key_Escape);
    browser()->clearFiltersAction()->trigger();
    QCOMPARE(proxy()->rowCount(), total());
}

void TestCodeBrowser::typeToFilter_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("bare hex") << "8009030c"
                              << "SEC_E_LOGON_DENIED";
    QTest::newRow("0x hex") << "0x80090325"
                            << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("signed decimal") << "-2146893019"
                                    << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("unsigned decimal") << "2148074274"
                                      << "SEC_E_WRONG_PRINCIPAL";
    QTest::newRow("symbol, no underscores") << "secelogondenied"
                                            << "SEC_E_LOGON_DENIED";
}

void TestCodeBrowser::typeToFilter()
{
    QFETCH(QString, typed);
    QFETCH(QString, symbol);
    typeAndSettle(typed);
    QCOMPARE(shownSymbols(), QStringList{symbol});
    QCOMPARE(table()->model()->rowCount(), 1);
    auto *count = child<QLabel>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(), countText(1));
    // A single match is shown at once.
    QVERIFY(card()->code());
    QCOMPARE(card()->code()->symbolString(), symbol);
}

void TestCodeBrowser::typeWords()
{
    typeAndSettle(QStringLiteral("untrusted"));
    const QStringList shown = shownSymbols();
    for (const StatusCode &c : Catalog::instance().codes()) {
        const bool mentions = c.symbolString().contains(QLatin1String("UNTRUSTED"))
                              || trCatalog(c.meaning).contains(QLatin1String("untrusted"), Qt::CaseInsensitive);
        if (mentions)
            QVERIFY2(shown.contains(c.symbolString()), c.symbol);
    }
    QVERIFY(shown.contains(QStringLiteral("SEC_E_UNTRUSTED_ROOT")));
    for (const QString &symbol : shown) {
        const StatusCode &c = code(symbol);
        const QString text =
            c.symbolString() + trCatalog(c.meaning) + trCatalog(c.explanation) + QString::fromUtf8(c.windowsMessage);
        QVERIFY2(text.contains(QLatin1String("untrusted"), Qt::CaseInsensitive), qPrintable(symbol));
    }
    QVERIFY(shown.size() < total());
    QCOMPARE(child<QLabel>(QStringLiteral("countLabel"))->text(), countText(int(shown.size())));
}

void TestCodeBrowser::escapeClears()
{
    typeAndSettle(QStringLiteral("8009030c"));
    QCOMPARE(proxy()->rowCount(), 1);
    QTest::keyClick(search(), Qt::Key_Escape);
    QVERIFY(search()->text().isEmpty());
    QCOMPARE(proxy()->searchText(), QString());
    QCOMPARE(proxy()->rowCount(), total());
}

void TestCodeBrowser::ctrlFFocusesSearch()
{
    search()->setText(QStringLiteral("logon"));
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search()->hasFocus());
    QCOMPARE(search()->selectedText(), QStringLiteral("logon"));
}

void TestCodeBrowser::enterGoesToTable()
{
    typeAndSettle(QStringLiteral("time skew"));
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_VERIFY(table()->hasFocus());
    QVERIFY(browser()->currentCode());
    QVERIFY(card()->code() == browser()->currentCode());
}

void TestCodeBrowser::filterCheckbox_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("package");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("family");
    QTest::newRow("Kerberos") << "packageFilter_kerberos" << int(Kerberos) << -1 << -1 << -1;
    QTest::newRow("NTLM") << "packageFilter_ntlm" << int(Ntlm) << -1 << -1 << -1;
    QTest::newRow("Schannel") << "packageFilter_schannel" << int(Schannel) << -1 << -1 << -1;
    QTest::newRow("informational") << "severityFilter_informational" << 0 << int(Severity::Informational) << -1 << -1;
    QTest::newRow("errors") << "severityFilter_error" << 0 << int(Severity::Error) << -1 << -1;
    QTest::newRow("certificates") << "categoryFilter_certificates" << 0 << -1 << int(Category::CertificatesSmartCards)
                                  << -1;
    for (Family family : FamilyFormat::all)
        QTest::newRow(qPrintable(QStringLiteral("family ") + familyKey(family)))
            << QStringLiteral("familyFilter_") + familyKey(family) << 0 << -1 << -1 << int(family);
}

void TestCodeBrowser::filterCheckbox()
{
    QFETCH(QString, name);
    QFETCH(int, package);
    QFETCH(int, severity);
    QFETCH(int, category);
    QFETCH(int, family);
    auto belongs = [&](const StatusCode &c) {
        if (family >= 0)
            return int(c.family) == family;
        if (package)
            return (c.packages & package) != 0;
        if (severity >= 0)
            return int(c.severity) == severity;
        return int(c.category) == category;
    };
    int expected = 0;
    for (const StatusCode &c : Catalog::instance().codes())
        expected += belongs(c) ? 1 : 0;
    QVERIFY(expected > 0);

    auto *box = child<QCheckBox>(name);
    QVERIFY(box);
    QVERIFY2(box->text().endsWith(QStringLiteral(" (%1)").arg(expected)), qPrintable(box->text()));
    QVERIFY(!box->isChecked());
    // Click the indicator, as a user would.
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    QVERIFY(box->isChecked());
    QCOMPARE(proxy()->rowCount(), expected);
    for (int row = 0; row < proxy()->rowCount(); ++row) {
        const StatusCode *c = CodeTableModel::codeFromIndex(proxy()->index(row, 0));
        QVERIFY(c);
        QVERIFY2(belongs(*c), c->symbol);
    }
    QCOMPARE(child<QLabel>(QStringLiteral("countLabel"))->text(), countText(expected));
    QVERIFY(child<QPushButton>(QStringLiteral("clearFiltersButton"))->isEnabled());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    QCOMPARE(proxy()->rowCount(), total());
}

void TestCodeBrowser::spaceTogglesFilter()
{
    auto *box = child<QCheckBox>(QStringLiteral("packageFilter_digest"));
    box->setFocus();
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    QVERIFY(proxy()->packageEnabled(Digest));
    QVERIFY(proxy()->rowCount() < total());
}

void TestCodeBrowser::familyFilterWithSearch()
{
    auto *box = child<QCheckBox>(QStringLiteral("familyFilter_kerberos"));
    QCOMPARE(box->text(), QStringLiteral("Kerberos (%1)")
                              .arg(std::count_if(Catalog::instance().codes().begin(), Catalog::instance().codes().end(),
                                                 [](const StatusCode &c) { return c.family == Family::Kerberos; })));
    typeAndSettle(QStringLiteral("pre-authentication"));
    const int allFamilies = proxy()->rowCount();
    bool otherFamily = false;
    for (int row = 0; row < allFamilies; ++row)
        otherFamily = otherFamily || CodeTableModel::codeFromIndex(proxy()->index(row, 0))->family != Family::Kerberos;
    QVERIFY(otherFamily);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    QVERIFY(box->isChecked());
    QVERIFY(proxy()->familyEnabled(Family::Kerberos));
    QVERIFY(proxy()->rowCount() > 0 && proxy()->rowCount() < allFamilies);
    for (int row = 0; row < proxy()->rowCount(); ++row) {
        const QModelIndex index = proxy()->index(row, CodeTableModel::FamilyColumn);
        QCOMPARE(CodeTableModel::codeFromIndex(index)->family, Family::Kerberos);
        QCOMPARE(index.data().toString(), QStringLiteral("Kerberos"));
    }
    QCOMPARE(child<QLabel>(QStringLiteral("countLabel"))->text(), countText(proxy()->rowCount()));
    // The best match is shown at once, with its family.
    QVERIFY(card()->code());
    QCOMPARE(card()->code()->family, Family::Kerberos);
    QCOMPARE(card()->findChild<QLabel *>(QStringLiteral("familyLabel"))->text(), QStringLiteral("Kerberos"));
    // A search no Kerberos code matches: the empty page says the other families have it.
    QTest::keyClick(search(), Qt::Key_Escape);
    typeAndSettle(QStringLiteral("0x80090325"));
    QCOMPARE(proxy()->rowCount(), 0);
    QVERIFY(child<QWidget>(QStringLiteral("emptyResult"))->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("emptyReason"))->text().contains(QLatin1String("without the filters")));
    QVERIFY(child<QPushButton>(QStringLiteral("emptyClearFilters"))->isVisible());
}

void TestCodeBrowser::clearFilters()
{
    for (const char *name :
         {"familyFilter_sspi", "packageFilter_credssp", "severityFilter_error", "categoryFilter_messages"})
        child<QCheckBox>(QLatin1String(name))->click();
    QVERIFY(proxy()->hasActiveFilters());
    auto *button = child<QPushButton>(QStringLiteral("clearFiltersButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!proxy()->hasActiveFilters());
    QCOMPARE(proxy()->rowCount(), total());
    for (QCheckBox *box : browser()->findChildren<QCheckBox *>())
        QVERIFY2(!box->isChecked(), qPrintable(box->objectName()));
    QVERIFY(!button->isEnabled());
    QVERIFY(!browser()->clearFiltersAction()->isEnabled());
}

void TestCodeBrowser::emptyResult_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nothing like it") << "qqqzzzxxx" << QString();
    // E_OUTOFMEMORY: no family of the catalog holds it.
    QTest::newRow("other HRESULT") << "0x8007000E" << lookupToken(u"0x8007000E").anatomy.describe();
    QTest::newRow("unassigned SSPI value") << "0x800903FF" << QString();
}

void TestCodeBrowser::emptyResult()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    typeAndSettle(typed);
    QCOMPARE(proxy()->rowCount(), 0);
    auto *page = child<QWidget>(QStringLiteral("emptyResult"));
    QVERIFY(page->isVisible());
    QVERIFY(!table()->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("emptyTitle"))->text().contains(typed));
    const QString why = child<QLabel>(QStringLiteral("emptyReason"))->text();
    QVERIFY(!why.isEmpty());
    if (!reason.isEmpty())
        QCOMPARE(why, reason);
    QVERIFY(card()->code() == nullptr);
    QCOMPARE(child<QLabel>(QStringLiteral("countLabel"))->text(), countText(0));

    auto *clearSearch = child<QPushButton>(QStringLiteral("emptyClearSearch"));
    QVERIFY(clearSearch->isVisible());
    QVERIFY(!child<QPushButton>(QStringLiteral("emptyClearFilters"))->isVisible());
    QTest::mouseClick(clearSearch, Qt::LeftButton);
    QVERIFY(search()->text().isEmpty());
    QCOMPARE(proxy()->rowCount(), total());
    QVERIFY(table()->isVisible());
}

void TestCodeBrowser::emptyResultClearFilters()
{
    // A severity and a category that no code has together.
    QString severityBox;
    QString otherBox;
    for (Severity severity : {Severity::Success, Severity::Informational, Severity::Error}) {
        for (int i = 0; i < CategoryCount && severityBox.isEmpty(); ++i) {
            const auto category = static_cast<Category>(i);
            bool any = false;
            for (const StatusCode &c : Catalog::instance().codes())
                any = any || (c.severity == severity && c.category == category);
            if (!any) {
                severityBox = QStringLiteral("severityFilter_") + severityKey(severity);
                otherBox = QStringLiteral("categoryFilter_") + categoryKey(category);
            }
        }
    }
    QVERIFY(!severityBox.isEmpty());
    child<QCheckBox>(severityBox)->click();
    child<QCheckBox>(otherBox)->click();
    QCOMPARE(proxy()->rowCount(), 0);
    QVERIFY(child<QWidget>(QStringLiteral("emptyResult"))->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("emptyTitle"))->text().isEmpty());
    QVERIFY(!child<QPushButton>(QStringLiteral("emptyClearSearch"))->isVisible());

    // With a search that would match without the filters, the page says how many.
    typeAndSettle(QStringLiteral("SEC_E_TIME"));
    QVERIFY(child<QLabel>(QStringLiteral("emptyTitle"))->text().contains(QLatin1String("SEC_E_TIME")));
    const SearchQuery query(QStringLiteral("SEC_E_TIME"));
    int matching = 0;
    for (const StatusCode &c : Catalog::instance().codes())
        matching += query.matches(c) ? 1 : 0;
    QVERIFY(matching > 0);
    QCOMPARE(child<QLabel>(QStringLiteral("emptyReason"))->text(),
             QCoreApplication::translate("CodeBrowser", "%n code(s) match without the filters.", nullptr, matching));

    auto *clear = child<QPushButton>(QStringLiteral("emptyClearFilters"));
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!proxy()->hasActiveFilters());
    QCOMPARE(proxy()->rowCount(), matching);
    QVERIFY(shownSymbols().contains(QStringLiteral("SEC_E_TIME_SKEW")));
}

void TestCodeBrowser::selectingRowFillsCard_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::newRow("wrong principal") << "SEC_E_WRONG_PRINCIPAL";
    QTest::newRow("logon denied") << "SEC_E_LOGON_DENIED";
    QTest::newRow("continue needed") << "SEC_I_CONTINUE_NEEDED";
    QTest::newRow("internal error (alias)") << "SEC_E_INTERNAL_ERROR";
    QTest::newRow("ok") << "SEC_E_OK";
}

void TestCodeBrowser::selectingRowFillsCard()
{
    QFETCH(QString, symbol);
    const StatusCode &c = code(symbol);
    QVERIFY(card()->code() == nullptr);
    clickRow(proxyRowOf(symbol));
    QVERIFY(browser()->currentCode() == &c);
    QVERIFY(card()->code() == &c);

    auto label = [this](const char *name) { return card()->findChild<QLabel *>(QLatin1String(name)); };
    auto block = [this](const char *name) { return card()->findChild<QTextEdit *>(QLatin1String(name)); };
    QCOMPARE(label("symbolLabel")->accessibleName(), symbol);
    QCOMPARE(label("symbolLabel")->text().remove(QChar(0x200B)), symbol);
    QCOMPARE(label("hexValue")->text(), c.hex());
    QCOMPARE(label("signedValue")->text(), QString::number(c.signedValue()));
    QCOMPARE(label("unsignedValue")->text(), QString::number(c.unsignedValue()));
    QVERIFY(label("classLabel")->text().contains(severityName(c.severity)));
    QVERIFY(label("classLabel")->text().contains(categoryName(c.category)));
    for (const QString &package : packageNames(c.packages))
        QVERIFY(label("packagesLabel")->text().contains(package));
    QCOMPARE(label("aliasesLabel")->isVisible(), !c.aliases.empty());
    for (const QString &alias : c.aliasList())
        QVERIFY(label("aliasesLabel")->text().contains(alias));
    QCOMPARE(block("meaningLabel")->toPlainText(), trCatalog(c.meaning));
    QCOMPARE(block("explanationLabel")->toPlainText(), trCatalog(c.explanation));
    QVERIFY(block("messageLabel")->toPlainText().contains(QString::fromLatin1(c.windowsMessage)));
    const QString causes = block("causesLabel")->toPlainText();
    for (const char *cause : c.causes)
        QVERIFY2(causes.contains(trCatalog(cause)), cause);
    int number = 0;
    for (const NextStep &step : c.nextSteps) {
        ++number;
        // A step that refers to a guide names it; the guide itself follows the steps once.
        const QString expected =
            step.guide == Guide::None
                ? trCatalog(step.text)
                : trCatalog(step.text) + QStringLiteral(" (see “%1” below)").arg(guideTitle(step.guide));
        QCOMPARE(card()->findChild<QTextEdit *>(QStringLiteral("stepText%1").arg(number))->toPlainText(), expected);
        if (step.command)
            QCOMPARE(card()->findChild<QTextEdit *>(QStringLiteral("command%1").arg(number))->toPlainText(),
                     QString::fromUtf8(step.command));
    }
    QVERIFY(!card()->findChild<QTextEdit *>(QStringLiteral("stepText%1").arg(number + 1)));
    const std::vector<Guide> guides = guidesOf(c);
    for (size_t g = 0; g < guides.size(); ++g) {
        auto *button = card()->findChild<QToolButton *>(QStringLiteral("guideButton%1").arg(g + 1));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("See: %1").arg(guideTitle(guides[g])));
        auto *box = card()->findChild<QWidget *>(QStringLiteral("guide%1").arg(g + 1));
        QVERIFY(box);
        QVERIFY(!box->isVisibleTo(card()));
        button->click();
        QVERIFY(box->isVisibleTo(card()));
        const GuideInfo *info = guideInfo(guides[g]);
        QCOMPARE(int(box->findChildren<QTextEdit *>(QRegularExpression(QStringLiteral("^stepTextG"))).size()),
                 int(info->steps.size()));
    }
    QVERIFY(!card()->findChild<QToolButton *>(QStringLiteral("guideButton%1").arg(guides.size() + 1)));
    // Related codes of the same family in one list, the others under "The same failure in other
    // layers".
    for (const RelatedCode &rel : c.related) {
        QLabel *list = label(rel.family == c.family ? "relatedLabel" : "crossFamilyLabel");
        QVERIFY2(list->text().contains(QLatin1String(rel.symbol)), rel.symbol);
        QVERIFY(list->isVisible());
    }
    QVERIFY(label("docsLink")
                ->text()
                .contains(QLatin1String("https://learn.microsoft.com/en-us/windows/win32/secauthn/sspi-status-codes")));
}

void TestCodeBrowser::relatedLink_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    for (const char *symbol :
         {"SEC_E_WRONG_PRINCIPAL", "SEC_E_UNTRUSTED_ROOT", "SEC_E_LOGON_DENIED", "SEC_E_TIME_SKEW"}) {
        const StatusCode &c = code(QString::fromLatin1(symbol));
        for (const RelatedCode &rel : c.related) {
            if (rel.family == Family::Sspi) {
                QTest::newRow(symbol) << QString::fromLatin1(symbol) << QString::fromLatin1(rel.symbol);
                break;
            }
        }
    }
}

void TestCodeBrowser::relatedLink()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QVERIFY(browser()->selectSymbol(from));
    auto *related = card()->findChild<QLabel *>(QStringLiteral("relatedLabel"));
    QVERIFY(related->isVisible());

    QString href;
    const QRegularExpression anchor(QStringLiteral("<a href=\"([^\"]+)\">([^<]+)</a>"));
    for (auto it = anchor.globalMatch(related->text()); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2) == to)
            href = m.captured(1);
    }
    QVERIFY2(!href.isEmpty(), qPrintable(related->text()));

    QSignalSpy spy(card(), &CodeDetailView::relatedCodeActivated);
    emit related->linkActivated(href);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<const StatusCode *>(), &code(to));
    QCOMPARE(browser()->currentCode()->symbolString(), to);
    QCOMPARE(card()->code()->symbolString(), to);
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).data(CodeTableModel::SymbolRole).toString(), to);
}

void TestCodeBrowser::relatedLinkClearsHidingFilter()
{
    // SEC_E_WRONG_PRINCIPAL points to SEC_E_UNTRUSTED_ROOT, which is no Kerberos & KDC code.
    QVERIFY(browser()->selectSymbol(QStringLiteral("SEC_E_WRONG_PRINCIPAL")));
    child<QCheckBox>(QStringLiteral("categoryFilter_kerberos"))->click();
    typeAndSettle(QStringLiteral("principal"));
    QCOMPARE(browser()->currentCode()->symbolString(), QStringLiteral("SEC_E_WRONG_PRINCIPAL"));
    QVERIFY(code("SEC_E_UNTRUSTED_ROOT").category != Category::KerberosKdc);

    emit card()->relatedCodeActivated(&code(QStringLiteral("SEC_E_UNTRUSTED_ROOT")));
    QCOMPARE(browser()->currentCode()->symbolString(), QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
    QVERIFY(!proxy()->hasActiveFilters());
    QVERIFY(search()->text().isEmpty());
    QCOMPARE(proxy()->rowCount(), total());
}

void TestCodeBrowser::crossFamilyLink_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("value");
    // One failure seen from four layers: each card links to the others by (family, value).
    QTest::newRow("SSPI to Kerberos") << "SEC_E_LOGON_DENIED"
                                      << "KDC_ERR_PREAUTH_FAILED"
                                      << "Kerberos"
                                      << "0x18";
    QTest::newRow("SSPI to Win32") << "SEC_E_LOGON_DENIED"
                                   << "ERROR_LOGON_FAILURE"
                                   << "Win32"
                                   << "1326";
    QTest::newRow("SSPI to NTSTATUS") << "SEC_E_LOGON_DENIED"
                                      << "STATUS_WRONG_PASSWORD"
                                      << "NTSTATUS"
                                      << "0xC000006A";
    QTest::newRow("Kerberos to NTSTATUS") << "KDC_ERR_PREAUTH_FAILED"
                                          << "STATUS_WRONG_PASSWORD"
                                          << "NTSTATUS"
                                          << "0xC000006A";
}

void TestCodeBrowser::crossFamilyLink()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, family);
    QFETCH(QString, value);
    QVERIFY(browser()->selectSymbol(from));
    QCOMPARE(card()->code(), &code(from));
    auto *heading = [this] {
        for (QLabel *label : card()->findChildren<QLabel *>()) {
            if (label->text() == QLatin1String("The same failure in other layers"))
                return label;
        }
        return static_cast<QLabel *>(nullptr);
    }();
    QVERIFY(heading);
    QVERIFY(heading->isVisible());
    auto *cross = card()->findChild<QLabel *>(QStringLiteral("crossFamilyLabel"));
    QVERIFY(cross->isVisible());
    const QString html = cross->text();
    // Grouped under the family's name; the value in the family's own notation.
    QVERIFY2(html.contains(QStringLiteral("<b>%1</b>").arg(family)), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<tt>%1</tt>").arg(value)), qPrintable(html));
    // Every link names its family; none is a bare value.
    QString href;
    const QRegularExpression anchor(QStringLiteral("<a href=\"([^\"]+)\">([^<]+)</a>"));
    for (auto it = anchor.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QVERIFY2(QRegularExpression(QStringLiteral("^code:[a-z0-9-]+:0x[0-9A-F]{8}$")).match(m.captured(1)).hasMatch(),
                 qPrintable(m.captured(1)));
        QVERIFY(m.captured(1) != QStringLiteral("code:sspi:") + code(from).hex());
        if (m.captured(2) == to)
            href = m.captured(1);
    }
    QVERIFY2(!href.isEmpty(), qPrintable(html));
    // The same-family list holds no code of another family.
    const QString sameFamily = card()->findChild<QLabel *>(QStringLiteral("relatedLabel"))->text();
    QVERIFY2(!sameFamily.contains(QStringLiteral(">%1<").arg(to)), qPrintable(sameFamily));

    QSignalSpy spy(card(), &CodeDetailView::relatedCodeActivated);
    emit cross->linkActivated(href);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<const StatusCode *>(), &code(to));
    // The card and the table moved to that code, in its family.
    QCOMPARE(card()->code(), &code(to));
    QCOMPARE(browser()->currentCode(), &code(to));
    QCOMPARE(card()->findChild<QLabel *>(QStringLiteral("familyLabel"))->text(), family);
    const QModelIndexList selected = table()->selectionModel()->selectedRows(CodeTableModel::FamilyColumn);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).data().toString(), family);
    QCOMPARE(selected.at(0).siblingAtColumn(CodeTableModel::ValueColumn).data().toString(), value);
}

void TestCodeBrowser::cardShowsFamily_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QStringList>("rows"); // object name of each value row: text
    QTest::addColumn<QString>("event");    // one of the events it appears in, or empty
    QTest::newRow("SSPI") << "SEC_E_UNTRUSTED_ROOT"
                          << "SSPI"
                          << QStringList{"hexValue:0x80090325", "signedValue:-2146893019", "unsignedValue:2148074277"}
                          << QString();
    QTest::newRow("NTSTATUS") << "STATUS_LOGON_FAILURE"
                              << "NTSTATUS"
                              << QStringList{"hexValue:0xC000006D", "signedValue:-1073741715",
                                             "unsignedValue:3221225581", "hresultValue:0xD000006D"}
                              << "Security 4625, field Status";
    QTest::newRow("Kerberos") << "KDC_ERR_PREAUTH_FAILED"
                              << "Kerberos" << QStringList{"hexValue:0x18", "decimalValue:24"}
                              << "Security 4771, field Status (Failure Code)";
    QTest::newRow("TLS alert") << "TLS1_ALERT_UNKNOWN_CA"
                               << "TLS alert" << QStringList{"decimalValue:48", "hexValue:0x30"}
                               << "System 36887 (Schannel), field AlertDesc (fatal alert code)";
    QTest::newRow("Win32") << "ERROR_LOGON_FAILURE"
                           << "Win32"
                           << QStringList{"decimalValue:1326", "hexValue:0x0000052E", "hresultValue:0x8007052E"}
                           << QString();
    QTest::newRow("HRESULT wrapper") << "E_FAIL"
                                     << "HRESULT"
                                     << QStringList{"hexValue:0x80004005", "signedValue:-2147467259",
                                                    "unsignedValue:2147500037"}
                                     << QString();
}

void TestCodeBrowser::cardShowsFamily()
{
    QFETCH(QString, symbol);
    QFETCH(QString, family);
    QFETCH(QStringList, rows);
    QFETCH(QString, event);
    const StatusCode &c = code(symbol);
    clickRow(proxyRowOf(symbol));
    QCOMPARE(card()->code(), &c);
    auto label = [this](const QString &name) { return card()->findChild<QLabel *>(name); };
    auto block = [this](const char *name) { return card()->findChild<QTextEdit *>(QLatin1String(name)); };
    QCOMPARE(label(QStringLiteral("familyLabel"))->text(), family);

    // Exactly these notations, in this order, each with a working copy button.
    QStringList shown;
    for (QLabel *value : card()->findChildren<QLabel *>(QRegularExpression(QStringLiteral("Value$")))) {
        if (value->isVisible())
            shown << value->objectName() + QLatin1Char(':') + value->text();
    }
    QStringList sortedRows = rows;
    sortedRows.sort();
    shown.sort();
    QCOMPARE(shown, sortedRows);
    QList<int> tops;
    for (const QString &row : rows) {
        const QString name = row.section(QLatin1Char(':'), 0, 0);
        const QString text = row.section(QLatin1Char(':'), 1);
        QLabel *value = label(name);
        tops << value->y();
        QString key = name.chopped(5);
        key[0] = key.at(0).toUpper();
        auto *copy = card()->findChild<QToolButton *>(QStringLiteral("copy%1Button").arg(key));
        QVERIFY2(copy && copy->isVisible(), qPrintable(name));
        QVERIFY(!copy->accessibleName().isEmpty());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
    }
    QVERIFY(std::is_sorted(tops.begin(), tops.end()));

    // The Windows message only when there is one; the other verbatim texts labelled as such.
    const bool hasMessage = c.windowsMessage && *c.windowsMessage;
    QCOMPARE(block("messageLabel")->isVisible(), hasMessage);
    QCOMPARE(block("fingerprintsLabel")->isVisible(), !c.fingerprints.empty());
    for (const char *text : c.fingerprints)
        QVERIFY2(
            block("fingerprintsLabel")->toPlainText().contains(QStringLiteral("“%1”").arg(QString::fromUtf8(text))),
            text);
    QCOMPARE(block("eventsLabel")->isVisible(), !c.events.empty());
    if (!event.isEmpty())
        QVERIFY2(block("eventsLabel")->toPlainText().contains(event), qPrintable(block("eventsLabel")->toPlainText()));
    QCOMPARE(block("wrapperLabel")->isVisible(), c.wrapper);
    if (c.wrapper)
        QVERIFY(block("wrapperLabel")->toPlainText().startsWith(QLatin1String("Only a wrapper:")));
    // Microsoft's SSPI page is offered for SSPI codes only.
    QCOMPARE(label(QStringLiteral("docsLink"))->isVisible(), c.family == Family::Sspi);
}

void TestCodeBrowser::ctrlCCopiesRows_data()
{
    QTest::addColumn<QStringList>("symbols");
    QTest::newRow("one row") << QStringList{QStringLiteral("SEC_E_LOGON_DENIED")};
    QTest::newRow("two rows") << QStringList{QStringLiteral("SEC_E_WRONG_PRINCIPAL"),
                                             QStringLiteral("SEC_E_UNTRUSTED_ROOT")};
    QTest::newRow("informational") << QStringList{QStringLiteral("SEC_I_CONTINUE_NEEDED")};
}

void TestCodeBrowser::ctrlCCopiesRows()
{
    QFETCH(QStringList, symbols);
    clickRow(proxyRowOf(symbols.first()));
    for (int i = 1; i < symbols.size(); ++i) {
        const QModelIndex index = proxy()->index(proxyRowOf(symbols.at(i)), CodeTableModel::SymbolColumn);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table()->visualRect(index).center());
    }
    QCOMPARE(table()->selectionModel()->selectedRows().size(), symbols.size());
    QTRY_VERIFY(table()->hasFocus());

    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    // Lines in table order (ascending value).
    QStringList lines;
    QList<const StatusCode *> codes;
    for (const QString &symbol : symbols)
        codes << &code(symbol);
    std::sort(codes.begin(), codes.end(), [](const StatusCode *a, const StatusCode *b) { return a->value < b->value; });
    for (const StatusCode *c : codes)
        lines << QStringLiteral("%1 (%2): %3").arg(c->symbolString(), c->hex(), trCatalog(c->meaning));
    QCOMPARE(QGuiApplication::clipboard()->text(), lines.join(QLatin1Char('\n')));
}

void TestCodeBrowser::contextMenuCopies_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected");
    const StatusCode &c = code(QStringLiteral("SEC_E_TIME_SKEW"));
    QTest::newRow("symbol") << "copySymbolAction" << c.symbolString();
    QTest::newRow("value") << "copyValueAction" << c.hex();
    QTest::newRow("markdown") << "copyMarkdownAction" << CodeTableModel::markdown(c);
    QTest::newRow("rows") << "copyRowsAction" << CodeTableModel::copyLine(c);
}

void TestCodeBrowser::contextMenuCopies()
{
    QFETCH(QString, action);
    QFETCH(QString, expected);
    QVERIFY(!browser()->copyAction()->isEnabled());
    clickRow(proxyRowOf(QStringLiteral("SEC_E_TIME_SKEW")));
    QVERIFY(browser()->copyAction()->isEnabled());
    // The context menu of the table is built from its actions.
    QCOMPARE(table()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QAction *found = nullptr;
    for (QAction *a : table()->actions()) {
        if (a->objectName() == action)
            found = a;
    }
    QVERIFY(found);
    QVERIFY(!found->text().isEmpty());
    QSignalSpy status(browser(), &CodeBrowser::statusMessage);
    found->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(status.count(), 1);
}

void TestCodeBrowser::cardCopyButtons_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expected");
    const StatusCode &c = code(QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
    QTest::newRow("symbol") << "copySymbolButton" << c.symbolString();
    QTest::newRow("hex") << "copyHexButton" << QStringLiteral("0x80090325");
    QTest::newRow("signed") << "copySignedButton" << QStringLiteral("-2146893019");
    QTest::newRow("unsigned") << "copyUnsignedButton" << QStringLiteral("2148074277");
    QTest::newRow("first command") << "copyCommand1" << QString::fromUtf8(c.nextSteps.at(0).command);
}

void TestCodeBrowser::cardCopyButtons()
{
    QFETCH(QString, button);
    QFETCH(QString, expected);
    QVERIFY(browser()->selectSymbol(QStringLiteral("SEC_E_UNTRUSTED_ROOT")));
    auto *copy = card()->findChild<QToolButton *>(button);
    QVERIFY(copy);
    QVERIFY(!copy->accessibleName().isEmpty());
    QSignalSpy copied(card(), &CodeDetailView::copied);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(copied.count(), 1);
}

void TestCodeBrowser::tabOrder()
{
    QVERIFY(browser()->selectSymbol(QStringLiteral("SEC_E_WRONG_PRINCIPAL")));
    search()->setFocus();
    QTRY_VERIFY(search()->hasFocus());
    QList<QWidget *> visited{search()};
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == search())
            break;
        visited << now;
    }
    auto position = [&](QWidget *w) { return static_cast<int>(visited.indexOf(w)); };
    const int severity = position(child<QCheckBox>(QStringLiteral("severityFilter_error")));
    const int digest = position(child<QCheckBox>(QStringLiteral("packageFilter_digest")));
    const int tableAt = position(table());
    const int copySymbol = position(card()->findChild<QToolButton *>(QStringLiteral("copySymbolButton")));
    const int copyHex = position(card()->findChild<QToolButton *>(QStringLiteral("copyHexButton")));
    const int copyCommand = position(card()->findChild<QToolButton *>(QStringLiteral("copyCommand1")));
    const int related = position(card()->findChild<QLabel *>(QStringLiteral("relatedLabel")));
    QVERIFY(severity > 0);
    QVERIFY(digest > severity);
    QVERIFY(tableAt > digest);
    QVERIFY(copySymbol > tableAt);
    QVERIFY(copyHex > copySymbol);
    QVERIFY(copyCommand > copyHex);
    QVERIFY(related > copyCommand);
    // Tab leaves the table instead of walking its cells.
    QVERIFY(!table()->tabKeyNavigation());
}

void TestCodeBrowser::accessibleNames()
{
    QVERIFY(!search()->accessibleName().isEmpty());
    QVERIFY(!table()->accessibleName().isEmpty());
    for (const char *name : {"familyFilters", "severityFilters", "categoryFilters", "packageFilters"}) {
        auto *box = child<QGroupBox>(QLatin1String(name));
        QVERIFY(box);
        QVERIFY(!box->accessibleName().isEmpty());
        QVERIFY(!box->title().isEmpty());
    }
    const QList<QCheckBox *> boxes = browser()->findChildren<QCheckBox *>();
    QCOMPARE(boxes.size(), FamilyFormat::Count + 3 + CategoryCount + PackageCount);
    for (QCheckBox *box : boxes) {
        QVERIFY2(box->accessibleName().contains(QLatin1String("code")), qPrintable(box->objectName()));
        QVERIFY(!box->text().isEmpty());
    }
    QVERIFY(!search()->placeholderText().isEmpty());
    QVERIFY(!card()->accessibleName().isEmpty());
}

void TestCodeBrowser::readable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("style palette (light)") << QApplication::style()->standardPalette();
    QTest::newRow("application dark palette") << MainWindow::darkPalette();
    QTest::newRow("generated dark palette") << QPalette(QColor(0x35, 0x35, 0x35));
}

void TestCodeBrowser::readable()
{
    QFETCH(QPalette, palette);
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(palette);
    m_browser = std::make_unique<CodeBrowser>();
    m_browser->resize(1280, 800);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    QVERIFY(browser()->selectSymbol(QStringLiteral("SEC_E_INTERNAL_ERROR")));

    int checked = 0;
    for (QLabel *label : browser()->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->isEnabled())
            continue;
        const QColor fg = label->palette().color(label->foregroundRole());
        const double ratio = contrast(fg, backgroundBehind(label));
        // Secondary text may be softer, as WCAG allows for large or incidental text.
        const double needed = label->foregroundRole() == QPalette::PlaceholderText ? 3.0 : 4.5;
        QVERIFY2(ratio >= needed, qPrintable(QStringLiteral("%1: %2").arg(label->objectName()).arg(ratio)));
        if (label->text().contains(QLatin1String("<a ")))
            QVERIFY2(contrast(label->palette().color(QPalette::Link), backgroundBehind(label)) >= 3.0,
                     qPrintable(label->objectName()));
        ++checked;
    }
    for (QTextEdit *text : browser()->findChildren<QTextEdit *>()) {
        if (!text->isVisible())
            continue;
        const double ratio = contrast(text->palette().color(QPalette::Text), backgroundBehind(text));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(text->objectName()).arg(ratio)));
        ++checked;
    }
    QVERIFY(checked > 20);
    const QPalette &p = table()->palette();
    QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 4.5);
    QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::AlternateBase)) >= 4.5);
    // The selection colours are the style's own; Fusion's light blue stays above 3:1.
    QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 3.0);
    // And it paints: a grab of the whole browser works with this palette.
    QVERIFY(!browser()->grab().isNull());
    QApplication::setPalette(saved);
}

void TestCodeBrowser::detailViewAlone()
{
    // The card also lives outside the browser (the log decoder shows it for a finding).
    CodeDetailView view;
    view.resize(420, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.code() == nullptr);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible());
    const StatusCode &c = code(QStringLiteral("SEC_E_WRONG_PRINCIPAL"));
    view.showCode(&c);
    QVERIFY(view.code() == &c);
    QVERIFY(!view.findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible());
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("hexValue"))->text(), QStringLiteral("0x80090322"));
    QSignalSpy spy(&view, &CodeDetailView::relatedCodeActivated);
    auto *related = view.findChild<QLabel *>(QStringLiteral("relatedLabel"));
    emit related->linkActivated(QStringLiteral("code:sspi:0x80090325"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<const StatusCode *>(), &code(QStringLiteral("SEC_E_UNTRUSTED_ROOT")));
    // The family decides: 0x18 is KDC_ERR_PREAUTH_FAILED in Kerberos, nothing in SSPI.
    emit related->linkActivated(QStringLiteral("code:kerberos:0x00000018"));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<const StatusCode *>(), Catalog::instance().byValue(0x18, Family::Kerberos));
    emit related->linkActivated(QStringLiteral("code:sspi:0x00000018"));
    // A bare value, a value outside the catalog, an unknown family: not offered as codes.
    emit related->linkActivated(QStringLiteral("code:0x80090325"));
    emit related->linkActivated(QStringLiteral("code:sspi:0x8007000E"));
    emit related->linkActivated(QStringLiteral("code:dns:0x00000018"));
    QCOMPARE(spy.count(), 2);
    // Nothing is cut off: the card is at least as wide as its longest line.
    QVERIFY(view.width() >= view.minimumSizeHint().width());
    view.showCode(nullptr);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible());
}

void TestCodeBrowser::typeLocalizedMessage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh-TW Windows message")
        << QStringLiteral("目標主體名稱不正確") << QStringLiteral("SEC_E_WRONG_PRINCIPAL") << QStringLiteral("zh-TW");
    QTest::newRow("part of a zh-CN Windows message")
        << QStringLiteral("吊销功能无法检查证书") << QStringLiteral("CRYPT_E_NO_REVOCATION_CHECK")
        << QStringLiteral("zh-CN");
    QTest::newRow("zh-CN 4625 failure reason")
        << QStringLiteral("未知用户名或密码错误") << QStringLiteral("STATUS_LOGON_FAILURE") << QStringLiteral("zh-CN");
}

// Chinese is typed through an input method: the search box receives the committed text, and the
// code library finds the code by Windows' own text in that language.
void TestCodeBrowser::typeLocalizedMessage()
{
    QFETCH(QString, typed);
    QFETCH(QString, symbol);
    QFETCH(QString, language);
    search()->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(typed);
    QApplication::sendEvent(search(), &commit);
    QCOMPARE(search()->text(), typed);
    QTRY_COMPARE(proxy()->searchText(), typed);
    QCOMPARE(shownSymbols(), QStringList{symbol});
    QVERIFY(card()->code());
    QCOMPARE(card()->code()->symbolString(), symbol);
    auto *text = card()->findChild<QLabel *>(QStringLiteral("localizedText_") + language);
    QVERIFY(text);
    QVERIFY(text->isVisible());
}

// The card lists Windows' texts in other languages under the English one, each labelled with its
// language in that language and with where it was seen as tooltip.
void TestCodeBrowser::cardShowsLocalizedMessages()
{
    typeAndSettle(QStringLiteral("0x80090325"));
    QCOMPARE(card()->code()->symbolString(), QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
    const auto label = [this](const QString &name) { return card()->findChild<QLabel *>(name); };
    QVERIFY(label(QStringLiteral("localizedLanguage_zh-TW")));
    QCOMPARE(label(QStringLiteral("localizedLanguage_zh-TW"))->text(), QStringLiteral("繁體中文（台灣）"));
    QCOMPARE(label(QStringLiteral("localizedLanguage_zh-CN"))->text(), QStringLiteral("简体中文"));
    QCOMPARE(label(QStringLiteral("localizedLanguage_de-DE"))->text(), QStringLiteral("Deutsch"));
    QCOMPARE(label(QStringLiteral("localizedText_zh-CN"))->text(),
             QStringLiteral("“证书链是由不受信任的颁发机构颁发的。”"));
    QVERIFY(label(QStringLiteral("localizedText_zh-CN"))->isVisible());
    QVERIFY(label(QStringLiteral("localizedText_zh-CN"))->toolTip().contains(QStringLiteral("dba-dash/issues/1664")));
    QVERIFY(
        label(QStringLiteral("localizedLanguage_zh-TW"))->toolTip().contains(QStringLiteral("learn.microsoft.com")));

    // A code without any: no rows left over from the previous one.
    QTest::keyClick(search(), Qt::Key_Escape);
    typeAndSettle(QStringLiteral("0x8009030C"));
    QCOMPARE(card()->code()->symbolString(), QStringLiteral("SEC_E_LOGON_DENIED"));
    QVERIFY(card()->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^localized"))).isEmpty());
    QVERIFY(!card()->findChild<QWidget *>(QStringLiteral("localizedMessages"))->isVisible());
    QVERIFY(card()->findChild<QWidget *>(QStringLiteral("messageLabel"))->isVisible());
}

QTEST_MAIN(TestCodeBrowser)
#include "tst_codebrowser.moc"
