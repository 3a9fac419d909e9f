#include "app/failure/failurefeatures.h"

#include "app/failure/failurefilterbox.h"
#include "app/failure/failureplacementpanel.h"
#include "app/insight/insightview.h"
#include "app/journal/journalpanel.h"
#include "app/journal/journalview.h"
#include "app/journal/reflectioneditor.h"
#include "app/mainwindow/mainwindow.h"

#include <QStyle>

namespace myfyrio {

void installFailureFeatures(MainWindow& window, const Database& database)
{
    window.journal()->editor()->addPanel(new FailurePlacementPanel);

    JournalPanel* list = window.journal()->panel();
    auto* filter = new FailureFilterBox(list);
    filter->setObjectName(QStringLiteral("failureFilter"));
    list->addFilter(filter, [filter](ReflectionFilter& f) { filter->applyTo(f); });
    QObject::connect(filter, &FailureFilterBox::changed, list, &JournalPanel::applyFilter);

    auto* insight = new InsightView(database, &window);
    window.addView(
        insight, QStringLiteral("insight"), [] { return InsightView::tr("Insight"); },
        QIcon::fromTheme(QStringLiteral("office-chart-bar"),
                         window.style()->standardIcon(QStyle::SP_FileDialogListView)));
}

} // namespace myfyrio
