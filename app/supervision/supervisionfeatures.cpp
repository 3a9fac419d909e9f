#include "app/supervision/supervisionfeatures.h"

#include "app/mainwindow/mainwindow.h"
#include "app/supervision/agreementsview.h"

#include <QStatusBar>
#include <QStyle>

namespace myfyrio {

void installSupervisionFeatures(MainWindow& window, const Database& database)
{
    auto* view = new AgreementsView(database, &window);
    window.addView(
        view, QStringLiteral("supervision"), [] { return AgreementsView::tr("Supervision"); },
        QIcon::fromTheme(QStringLiteral("system-users"),
                         window.style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    QStatusBar* bar = window.statusBar();
    QObject::connect(view, &AgreementsView::reminderChanged, bar, [bar](const QString& summary) {
        if (summary.isEmpty())
            bar->clearMessage();
        else
            bar->showMessage(summary);
    });
    // The notice on start: the view worked out its reminders before the connection existed.
    if (const QString summary = view->reminderSummary(); !summary.isEmpty())
        bar->showMessage(summary);
}

} // namespace myfyrio
