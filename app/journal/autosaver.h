#pragma once

#include "core/journal/reflection.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace myfyrio {

class Database;
class ReflectionEditor;
class ReflectionStore;

/// Saves what is in the editor about a second after typing stops, and at once
/// when asked (switching entry, focus leaving the editor, closing).
///
/// A save that fails keeps everything in the editor, reports the store's
/// sentence through state()/message(), and is retried every few seconds until
/// it succeeds; nothing typed is dropped.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    enum class State { Saved, Pending, Saving, Failed };

    static constexpr int quietMilliseconds = 1000;
    static constexpr int retryMilliseconds = 4000;

    Autosaver(const Database& database, ReflectionEditor* editor, QObject* parent = nullptr);
    ~Autosaver() override;

    /// Saves now if anything is unsaved. True when nothing is left unsaved.
    bool saveNow();

    bool hasUnsavedChanges() const { return m_state == State::Pending || m_state == State::Failed; }
    State state() const { return m_state; }
    /// The reason of the last failure (the store's sentence), or empty.
    QString failure() const { return m_failure; }
    /// The state as a sentence in the interface language, for the status bar.
    QString message() const;

    /// Forget unsaved changes of a reflection that no longer exists.
    void discard();

signals:
    void stateChanged(myfyrio::Autosaver::State state);
    /// A reflection was saved (the saved copy, with its new updated time).
    void saved(const myfyrio::Reflection& reflection);

private:
    void markChanged();
    void setState(State state);

    ReflectionEditor* m_editor;
    std::unique_ptr<ReflectionStore> m_store;
    QTimer m_quiet;
    QTimer m_retry;
    State m_state = State::Saved;
    QString m_failure;
};

} // namespace myfyrio
