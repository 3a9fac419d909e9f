#pragma once

#include "core/supervision/agreement.h"
#include "core/util/expected.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextEdit;
class QGroupBox;

namespace myfyrio {

class Database;
class DraftSaver;

/// Edits an agreement's open draft: structured fields for parties, dates,
/// functions and practicalities, Markdown rich text for every section. When
/// the newest version is signed, the form shows it and saving a change starts
/// a new draft (the signed version stays frozen).
///
/// The draft saves itself like a reflection (saver()): after a pause in the
/// editing, at least every two seconds while it goes on, and at once when the
/// view asks (another agreement chosen, a language change, another view,
/// quitting). A draft that cannot be saved (a name missing, say) stays in the
/// form and the saver says why.
class AgreementEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementEditor(const Database& database, QWidget* parent = nullptr);

    /// Shows an agreement. The same agreement again (after it changed in the
    /// journal) keeps what the form holds when it has unsaved edits or already
    /// shows the stored words, so a draft being typed is never clobbered.
    void setAgreement(const Agreement& agreement);
    QString agreementId() const { return m_agreement.id; }
    AgreementContent content() const;
    bool isModified() const;
    DraftSaver* saver() const { return m_saver; }

    /// Saves the form as the draft now; false when it could not (the saver says why).
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void updateState();
    void setContent(const AgreementContent& content);
    void onEdited();
    Expected<void> saveDraft();

    const Database& m_database;
    Agreement m_agreement;
    AgreementContent m_loaded;
    AgreementContent m_source;               ///< the stored content the form was filled from
    QHash<QString, QString> m_shownMarkdown; ///< each section's text as the editor rendered it on loading

    DraftSaver* m_saver;
    bool m_loading = false;
    QLabel* m_state;
    QHash<QString, QGroupBox*> m_boxes;
    QHash<QString, QLabel*> m_help;
    QHash<QString, QTextEdit*> m_texts;
    QHash<QString, QLabel*> m_labels;
    QLineEdit* m_supervisorName;
    QLineEdit* m_supervisorRole;
    QLineEdit* m_superviseeName;
    QLineEdit* m_superviseeRole;
    QDateEdit* m_start;
    QDateEdit* m_review;
    QHash<QString, QCheckBox*> m_functions;
    QSpinBox* m_frequency;
    QSpinBox* m_length;
    QComboBox* m_format;
};

} // namespace myfyrio
