#include "app/mainwindow/viewsaving.h"

#include "app/common/editingview.h"
#include "app/common/savestatelabel.h"

#include <QStackedWidget>

namespace myfyrio {

ViewSaving::ViewSaving(QStackedWidget* views, SaveStateLabel* label, QObject* parent)
    : QObject(parent), m_views(views), m_label(label)
{
    connect(views, &QStackedWidget::currentChanged, this, &ViewSaving::follow);
    follow(views->currentIndex());
}

void ViewSaving::follow(int index)
{
    // Leaving a view saves what it holds; a failure stays in its saver, which
    // says why when the view is shown again (and on closing).
    if (auto* left = dynamic_cast<EditingView*>(m_shown.data()))
        left->saveEdits();
    m_shown = m_views->widget(index);
    const auto* shown = dynamic_cast<EditingView*>(m_shown.data());
    m_label->follow(shown ? shown->editSaver() : nullptr);
}

} // namespace myfyrio
