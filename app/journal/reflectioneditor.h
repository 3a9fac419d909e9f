#pragma once

#include "core/journal/reflection.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace myfyrio {

class CheckedTexts;
class ReflectionPanel;
class TagEdit;

/// Edits one whole reflection: title, date, tags, language, whether to bring it
/// to supervision, the body, and any panels that features add below the body.
///
/// The editor never touches the database: load a reflection with
/// setReflection(), read the edited copy back with reflection(), and listen to
/// changed() (the Autosaver does both). Panels (see reflectionpanel.h) are added
/// once, with addPanel(), and take part in every load and save.
class ReflectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ReflectionEditor(QWidget* parent = nullptr);

    /// Shows a reflection; loading is not a change.
    void setReflection(const Reflection& reflection);
    /// Shows nothing and disables editing.
    void clearReflection();
    bool hasReflection() const { return m_loaded.isStored(); }
    QString reflectionId() const { return m_loaded.id; }
    /// The copy the editor loaded or last saved: the base a save merges from.
    const Reflection& savedReflection() const { return m_loaded; }
    /// Records that what the editor holds was saved as `saved` (its new revision
    /// and times), without touching what is on screen.
    void markSaved(const Reflection& saved);
    /// Shows a saved copy that also holds changes made elsewhere, keeping the
    /// place of the cursor in the body.
    void showMerged(const Reflection& saved);

    /// The shown reflection with the user's edits, each panel's part included.
    Reflection reflection() const;

    /// Adds a panel under the body; the editor takes ownership.
    void addPanel(ReflectionPanel* panel);

    /// Tags offered for completion.
    void setKnownTags(const QStringList& tags);

    /// Focuses the title and selects it (for a new reflection).
    void focusTitle();

    /// Marks the matches of a search (the journal's current one) in the body and the answers.
    void setSearch(const QString& text);
    /// The spelling and search marks of the body and the answers.
    CheckedTexts* checkedTexts() const { return m_texts; }

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* bodyEdit() const { return m_body; }

signals:
    /// The user edited something (not emitted while loading).
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslate();
    void applyLocale();
    void emitChanged();

    Reflection m_loaded;
    bool m_loading = false;
    QLineEdit* m_title;
    QDateEdit* m_date;
    TagEdit* m_tags;
    QComboBox* m_language;
    QCheckBox* m_supervision;
    QLabel* m_privacyNote;
    QPlainTextEdit* m_body;
    QVBoxLayout* m_panels;
    CheckedTexts* m_texts;
    QLabel* m_titleLabel;
    QLabel* m_dateLabel;
    QLabel* m_tagsLabel;
    QLabel* m_languageLabel;
};

} // namespace myfyrio
