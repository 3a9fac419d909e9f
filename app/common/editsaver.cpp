#include "app/common/editsaver.h"

#include <QPointer>
#include <QVector>

namespace myfyrio {

namespace {

/// Every saver alive, oldest first (the app has few: one a view, one a dialog).
QVector<EditSaver*>& everySaver()
{
    static QVector<EditSaver*> savers;
    return savers;
}

} // namespace

EditSaver::EditSaver(QObject* parent) : QObject(parent)
{
    everySaver().append(this);
}

EditSaver::~EditSaver()
{
    everySaver().removeAll(this);
}

QStringList EditSaver::saveEverything()
{
    QStringList failures;
    // A save may open or close an editor; walk a copy and skip any that went.
    QVector<QPointer<EditSaver>> savers;
    for (EditSaver* saver : std::as_const(everySaver()))
        savers.append(saver);
    for (const QPointer<EditSaver>& saver : std::as_const(savers)) {
        if (saver && !saver->saveBeforeLeaving())
            failures.append(saver->failure());
    }
    return failures;
}

QString EditSaver::message() const
{
    switch (m_state) {
    case State::Saved:
        return tr("All changes saved");
    case State::Pending:
        //: Shown while typing, until the pause after which the text is saved.
        return tr("Unsaved changes");
    case State::Saving:
        return tr("Saving…");
    case State::Failed:
        //: %1 is the reason, a whole sentence such as "The disk is full."
        return tr("Could not save: %1 Your text is kept here and saving will be tried again.").arg(m_failure);
    }
    return {};
}

void EditSaver::setState(State state)
{
    if (state == m_state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace myfyrio
