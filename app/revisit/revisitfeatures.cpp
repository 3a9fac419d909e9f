#include "app/revisit/revisitfeatures.h"

#include "app/journal/actionspanel.h"
#include "app/journal/guidedanswerspanel.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"
#include "app/revisit/actionsview.h"
#include "app/revisit/calendarview.h"
#include "app/revisit/onthisdayview.h"
#include "app/revisit/scalefilter.h"

#include <QApplication>
#include <QStyle>

namespace myfyrio {

namespace {

/// Shows a reflection in the Journal view.
void openInJournal(MainWindow& window, const QString& id, const QDate& date)
{
    window.showView(QStringLiteral("journal"));
    // Saves what is open first; on failure the open reflection stays and says why.
    window.journal()->openReflection(id, date);
}

} // namespace

void installRevisitFeatures(MainWindow& window, const Database& database)
{
    ReflectionEditor* editor = window.journal()->editor();
    editor->addPanel(new GuidedAnswersPanel(database));
    auto* actionsPanel = new ActionsPanel;
    editor->addPanel(actionsPanel);

    JournalPanel* list = window.journal()->panel();
    auto* scale = new ScaleFilter(list);
    list->addFilter(scale, [scale](ReflectionFilter& filter) { scale->applyTo(filter); });
    QObject::connect(scale, &QComboBox::activated, list, &JournalPanel::applyFilter);

    QStyle* style = window.style();
    auto* actions = new ActionsView(database, &window);
    window.addView(
        actions, QStringLiteral("actions"), [] { return ActionsView::tr("Actions"); },
        QIcon::fromTheme(QStringLiteral("view-task"), style->standardIcon(QStyle::SP_DialogApplyButton)));
    auto* calendar = new CalendarView(database, &window);
    window.addView(
        calendar, QStringLiteral("calendar"), [] { return CalendarView::tr("Calendar"); },
        QIcon::fromTheme(QStringLiteral("view-calendar"), style->standardIcon(QStyle::SP_FileDialogInfoView)));
    auto* onThisDay = new OnThisDayView(database, &window);
    window.addView(
        onThisDay, QStringLiteral("on-this-day"), [] { return OnThisDayView::tr("On this day"); },
        QIcon::fromTheme(QStringLiteral("appointment-soon"), style->standardIcon(QStyle::SP_BrowserReload)));

    auto open = [&window](const QString& id, const QDate& date) { openInJournal(window, id, date); };
    QObject::connect(actions, &ActionsView::openReflection, &window, open);
    QObject::connect(calendar, &CalendarView::openReflection, &window, open);
    QObject::connect(onThisDay, &OnThisDayView::openReflection, &window, open);
    // An action ticked in the Actions view is ticked in the open editor too, so that
    // saving the editor later does not untick it.
    QObject::connect(actions, &ActionsView::actionDoneChanged, actionsPanel,
                     [editor, actionsPanel](const QString& reflectionId, const QString& actionId, bool done) {
                         if (editor->reflectionId() == reflectionId)
                             actionsPanel->setActionDone(actionId, done);
                     });
}

} // namespace myfyrio
