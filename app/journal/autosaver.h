#pragma once

#include "app/common/autosavetimer.h"
#include "app/common/editsaver.h"
#include "app/journal/backgroundsaver.h"
#include "core/journal/reflection.h"

#include <QTimer>

#include <memory>

namespace myfyrio {

class Database;
class ReflectionEditor;
class ReflectionStore;

/// Saves what is in the reflection editor: a second after typing stops, at
/// least every AutosaveTimer::maxWaitMilliseconds while typing goes on, and at
/// once when asked (switching entry, focus leaving the editor, another view,
/// closing, a signal from logout or shutdown).
///
/// Saves are written on a thread of their own (BackgroundSaver), so that typing
/// never waits for the disk; saveNow() waits for its save to finish. Typing
/// that goes on while a save is being written stays in the editor and is
/// saved next.
///
/// A save that fails keeps everything in the editor, reports the store's
/// sentence through state()/message(), and is retried every few seconds until
/// it succeeds; nothing typed is dropped. A save that clashes with a change
/// made elsewhere (another window, the command line), or finds the reflection
/// deleted elsewhere, writes nothing over it: the editor's version is stored
/// as a new reflection, "… (your copy)", which stays open in the editor
/// (keptCopy() says so), and the other version keeps its place.
class Autosaver : public EditSaver
{
    Q_OBJECT

public:
    static constexpr int retryMilliseconds = 4000;

    Autosaver(const Database& database, ReflectionEditor* editor, QObject* parent = nullptr);
    ~Autosaver() override;

    bool saveNow() override;
    /// Saves, or deletes for good the reflection made by markNew() when
    /// nobody wrote anything in it.
    bool saveBeforeLeaving() override;

    /// The open reflection was just made (New Reflection): if it is left
    /// blank, leaving it deletes it instead of keeping an empty entry.
    void markNew(const QString& reflectionId) { m_newId = reflectionId; }

    /// Forget unsaved changes of a reflection that no longer exists.
    void discard();

    /// Nothing written in it: no title, no text, no tags, answers, actions,
    /// failure placement, scale or supervision mark (the date and language it
    /// was given do not count).
    static bool isBlank(const Reflection& reflection);
    /// The title of the copy kept when a save clashed: "Handover (your copy)".
    static QString copyTitle(const QString& title);
    /// What happened when a save kept a copy, in a sentence for the person.
    static QString copyNotice(const QString& originalTitle, const QString& copyTitle, bool gone);

signals:
    /// A reflection was saved (the saved copy, with its new updated time).
    void saved(const myfyrio::Reflection& reflection);
    /// A save clashed (or the reflection had gone, when `gone`): the editor's
    /// version was stored as `copy`, now open in the editor. copyNotice() says
    /// so in a sentence.
    void keptCopy(const myfyrio::Reflection& copy, const QString& originalTitle, bool gone);

private:
    void markChanged();
    /// Starts writing what the editor holds, off the GUI thread (when it is due).
    void startSave();
    void send();
    void onFinished(quint64 number);
    /// Waits for the save being written and takes its answer; true when it saved.
    bool finishInFlight();
    bool settle(const BackgroundSaver::Result& result);
    void announce(const Reflection& saved);
    bool keepCopy(bool gone);
    void fail(const QString& reason);

    const Database& m_database;
    ReflectionEditor* m_editor;
    std::unique_ptr<ReflectionStore> m_store;
    BackgroundSaver* m_background;
    AutosaveTimer m_timer;
    QTimer m_retry;
    QString m_newId;
    bool m_inFlight = false;
    bool m_dueAgain = false;
    bool m_direct = false; ///< the second connection could not be opened: write on the GUI thread
    BackgroundSaver::Ticket m_ticket;
    Reflection m_sent; ///< what the save being written holds
    Reflection m_sentBase;
};

} // namespace myfyrio
