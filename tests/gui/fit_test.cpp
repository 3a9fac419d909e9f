// Fits the default window (1180×760) in Welsh and English, by the geometry
// the widgets really get (not their size hints): no label, button or column
// header cut, no sideways scroll bar, and a splitter that stays put between
// the Supervision view's tabs.
#include "app/failure/spectrumcontrol.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/supervision/agreementsview.h"
#include "tests/gui/clipcheck.h"
#include "tests/gui/guihelpers.h"
#include "tests/gui/samplejournal.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace myfyrio;

namespace {

QString name(const QWidget* w)
{
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

/// Shown on screen: visible, so not inside a hidden page.
bool shown(const QWidget* w)
{
    return w->isVisible();
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

/// Everything cut in the view as laid out now, for the failure message.
QStringList cut(QWidget* view)
{
    QStringList problems;
    for (QLabel* label : view->findChildren<QLabel*>()) {
        if (!shown(label) || label->text().isEmpty() || label->textFormat() == Qt::RichText
            || Qt::mightBeRichText(label->text()))
            continue;
        const QRect room = label->contentsRect();
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + 2)
                problems << QStringLiteral("%1 “%2” is cut short (%3 of %4 px high)")
                                .arg(name(label), label->text().left(40))
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()));
        } else {
            const int needed = label->fontMetrics().horizontalAdvance(plain(label->text()));
            if (needed > room.width() + 1)
                problems << QStringLiteral("%1 “%2” is cut (%3 of %4 px)")
                                .arg(name(label), label->text().left(40))
                                .arg(room.width())
                                .arg(needed);
        }
    }
    for (QPushButton* button : view->findChildren<QPushButton*>()) {
        if (shown(button) && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
            problems << QStringLiteral("button “%1” is cut (%2 of %3 px)")
                            .arg(plain(button->text()))
                            .arg(button->width())
                            .arg(button->minimumSizeHint().width());
    }
    for (QHeaderView* header : view->findChildren<QHeaderView*>()) {
        if (!shown(header) || header->orientation() != Qt::Horizontal)
            continue;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text) + 8;
            if (header->sectionSize(i) < needed)
                problems << QStringLiteral("column “%1” is cut (%2 of %3 px)")
                                .arg(text)
                                .arg(header->sectionSize(i))
                                .arg(needed);
            // A column sized to its contents shows them whole ("Wedi'i lofnodi").
            auto* items = qobject_cast<QAbstractItemView*>(header->parentWidget());
            if (items && header->sectionResizeMode(i) == QHeaderView::ResizeToContents
                && header->sectionSize(i) < items->sizeHintForColumn(i))
                problems << QStringLiteral("the cells of column “%1” are cut (%2 of %3 px)")
                                .arg(text)
                                .arg(header->sectionSize(i))
                                .arg(items->sizeHintForColumn(i));
        }
    }
    for (QAbstractScrollArea* area : view->findChildren<QAbstractScrollArea*>()) {
        if (shown(area) && area->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("%1 scrolls sideways").arg(name(area));
    }
    return problems;
}

QWidget* currentView(MainWindow& window)
{
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    return stack->currentWidget();
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

} // namespace

TEST_CASE("Nothing is cut in any view at the default window size, in Welsh and English", "[gui][fit]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);
    MainWindow window(*db);
    window.resize(1180, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTreeView* list = window.journal()->panel()->list();
    list->setCurrentIndex(list->model()->index(0, 0, list->model()->index(0, 0)));
    for (const QString& id :
         {QStringLiteral("journal"), QStringLiteral("insight"), QStringLiteral("actions"), QStringLiteral("calendar"),
          QStringLiteral("on-this-day"), QStringLiteral("supervision")}) {
        REQUIRE(window.showView(id));
        settle();
        INFO("language " << language.toStdString() << ", view " << id.toStdString());
        CHECK(window.width() == 1180);
        const QStringList problems = test::settledProblems([&window] { return cut(currentView(window)); });
        INFO(problems.join(QStringLiteral("\n")).toStdString());
        CHECK(problems.isEmpty());
    }
    window.close();
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("The Supervision view fits 1180×760 on every tab and its splitter stays put", "[gui][fit]")
{
    const QString language = GENERATE(QStringLiteral("cy"), QStringLiteral("en"));
    test::switchLanguage(language);
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);
    MainWindow window(*db);
    window.resize(1180, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showView(QStringLiteral("supervision")));
    auto* view = window.findChild<AgreementsView*>();
    REQUIRE(view);
    auto* agreements = view->findChild<QTreeView*>(QStringLiteral("agreementList"));
    REQUIRE(agreements);
    agreements->setCurrentIndex(agreements->model()->index(0, 0));
    settle();
    auto* splitter = view->findChild<QSplitter*>();
    REQUIRE(splitter);
    const QList<int> sizes = splitter->sizes();
    for (int tab = 0; tab < view->tabs()->count(); ++tab) {
        view->tabs()->setCurrentIndex(tab);
        settle();
        INFO("language " << language.toStdString() << ", tab " << view->tabs()->tabText(tab).toStdString());
        const QStringList problems = test::settledProblems([&] {
            QStringList found = cut(view);
            if (splitter->sizes() != sizes)
                found << QStringLiteral("the splitter moved");
            return found;
        });
        CHECK(window.width() == 1180);
        CHECK(view->width() <= 1180);
        INFO(problems.join(QStringLiteral("\n")).toStdString());
        CHECK(problems.isEmpty());
    }
    window.close();
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("The spectrum's Welsh labels are as large as the English ones", "[gui][fit][failure]")
{
    SpectrumControl spectrum;
    spectrum.resize(660, spectrum.sizeHint().height());
    test::switchLanguage(QStringLiteral("en"));
    const QFont english = spectrum.reasonLabelFont();
    test::switchLanguage(QStringLiteral("cy"));
    const QFont welsh = spectrum.reasonLabelFont();
    CHECK(welsh.pointSizeF() >= english.pointSizeF());
    // And every word of every Welsh label fits its segment in that font.
    const QFontMetricsF metrics(welsh);
    const qreal room = spectrum.segmentRect(0).width() - 13;
    for (FailureReason reason : FailureSpectrum::reasons()) {
        for (const QString& word : FailureSpectrum::label(reason, QStringLiteral("cy")).split(QLatin1Char(' '))) {
            INFO(word.toStdString());
            CHECK(metrics.horizontalAdvance(word) <= room);
        }
    }
    test::switchLanguage(QStringLiteral("en"));
}
