#pragma once

#include <QObject>
#include <QStringList>

namespace myfyrio {

/// Something open for editing that is saved by itself: the journal's editor,
/// an agreement's draft, a session being recorded. It says how its saving
/// stands (for the status bar) and saves at once when told to.
///
/// Every EditSaver alive is known to saveEverything(), which the app calls
/// before it ends (the window closing, or SIGTERM, SIGINT and SIGHUP at
/// logout and shutdown), so that nothing open is left unsaved.
class EditSaver : public QObject
{
    Q_OBJECT

public:
    enum class State { Saved, Pending, Saving, Failed };

    explicit EditSaver(QObject* parent = nullptr);
    ~EditSaver() override;

    /// Saves now if anything is unsaved. True when nothing is left unsaved.
    virtual bool saveNow() = 0;
    /// Saves before the app ends (or before the editor is left for good).
    /// The journal's editor also drops a new reflection nobody wrote in.
    virtual bool saveBeforeLeaving() { return saveNow(); }

    bool hasUnsavedChanges() const { return m_state == State::Pending || m_state == State::Failed; }
    State state() const { return m_state; }
    /// The reason of the last failure (a whole sentence), or empty.
    QString failure() const { return m_failure; }
    /// The state as a sentence in the interface language, for the status bar.
    virtual QString message() const;

    /// Asks every EditSaver to save before the app ends; returns the reasons of
    /// those that could not (empty when everything is saved).
    static QStringList saveEverything();

signals:
    void stateChanged(myfyrio::EditSaver::State state);

protected:
    void setState(State state);
    void setFailure(const QString& reason) { m_failure = reason; }

private:
    State m_state = State::Saved;
    QString m_failure;
};

} // namespace myfyrio
