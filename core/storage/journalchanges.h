#pragma once

#include <QObject>
#include <QStringList>

namespace myfyrio {

/// The one place that announces what changed in an open journal.
///
/// Every store write goes through it once its transaction has committed, so a
/// view never refreshes another by hand: each listens here and updates only
/// what changed. Signals carry record ids; journalReplaced() means "read
/// everything again" (after a restore, an import or opening another file).
///
/// Announcements are made on the thread that owns the journal's connection
/// (the GUI thread in the app). Between beginBatch() and endBatch() they are
/// collected and sent once, merged, when the outermost batch ends.
class JournalChanges : public QObject
{
    Q_OBJECT

public:
    explicit JournalChanges(QObject* parent = nullptr);
    ~JournalChanges() override;

    void reflectionAdded(const QString& id);
    void reflectionChanged(const QString& id);
    /// Moved to the trash or deleted for good.
    void reflectionRemoved(const QString& id);
    void actionsChangedOf(const QString& reflectionId);
    void attachmentsChangedOf(const QString& reflectionId);
    void tagsTouched();
    void modelsTouched();
    void agreementChanged(const QString& agreementId);
    void sessionChanged(const QString& agreementId);
    /// Something was put in the trash, restored from it or deleted from it for good.
    void trashTouched();
    /// A learning card of this reflection was shared or withdrawn.
    void learningCardsChangedOf(const QString& reflectionId);
    /// Everything may have changed: views read the journal again.
    void replaced();

    void beginBatch();
    void endBatch();

    /// Collects announcements for its lifetime and sends them once at the end.
    class Batch
    {
    public:
        explicit Batch(JournalChanges& changes) : m_changes(changes) { m_changes.beginBatch(); }
        ~Batch() { m_changes.endBatch(); }
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        JournalChanges& m_changes;
    };

signals:
    void reflectionsAdded(const QStringList& ids);
    void reflectionsChanged(const QStringList& ids);
    void reflectionsRemoved(const QStringList& ids);
    /// Actions of these reflections were added, edited, ticked or removed.
    void actionsChanged(const QStringList& reflectionIds);
    /// Evidence files of these reflections were added or removed.
    void attachmentsChanged(const QStringList& reflectionIds);
    /// The set of tags in use may have changed.
    void tagsChanged();
    /// A reflective model of the writer's was added, changed or removed.
    void modelsChanged();
    void agreementsChanged(const QStringList& agreementIds);
    /// Sessions of these agreements were added, changed or removed.
    void sessionsChanged(const QStringList& agreementIds);
    /// What the trash holds changed.
    void trashChanged();
    /// Learning cards of these reflections were shared or withdrawn.
    void learningCardsChanged(const QStringList& reflectionIds);
    void journalReplaced();

private:
    struct Pending;
    void flush();

    int m_depth = 0;
    Pending* m_pending;
};

} // namespace myfyrio
