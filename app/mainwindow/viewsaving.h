#pragma once

#include <QObject>
#include <QPointer>

class QStackedWidget;
class QWidget;

namespace myfyrio {

class SaveStateLabel;

/// Ties saving to the visible view: the status bar's save state is the one of
/// what is edited in the visible view (views that edit implement
/// EditingView), and leaving a view saves what it holds.
class ViewSaving : public QObject
{
    Q_OBJECT

public:
    ViewSaving(QStackedWidget* views, SaveStateLabel* label, QObject* parent);

private:
    void follow(int index);

    QStackedWidget* m_views;
    SaveStateLabel* m_label;
    QPointer<QWidget> m_shown;
};

} // namespace myfyrio
