#pragma once

#include "core/journal/reflection.h"
#include "core/learning/cardcheck.h"
#include "core/learning/learningcard.h"
#include "core/privacy/protectednames.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace myfyrio {

class Database;

/// "Share as Learning Card": the draft card of a reflection (CardDraft) with
/// every field the writer may change, what the card check finds in it listed
/// in plain words as they type, and Redact, Share… and Cancel. A card with
/// findings is shared only once they are redacted or the writer confirms they
/// typed them on purpose; the writer then picks the card folder and the card
/// is written (CardSharing).
class ShareCardDialog : public QDialog
{
    Q_OBJECT

public:
    /// source: a stored reflection.
    ShareCardDialog(const Database& database, const Reflection& source, const ProtectedNames& names,
                    QWidget* parent = nullptr);

    /// The card as the fields hold it now.
    LearningCard card() const;
    /// What the card check finds in the fields now.
    CardFindings findings() const { return m_findings; }
    /// The path of the card written, once it is.
    QString writtenPath() const { return m_writtenPath; }

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* lessonEdit() const { return m_lesson; }
    QPlainTextEdit* enablingEdit() const { return m_enabling; }
    QLineEdit* authorEdit() const { return m_author; }
    QListWidget* findingsList() const { return m_findingsList; }
    QPushButton* redactButton() const { return m_redact; }
    QPushButton* shareButton() const { return m_share; }

    /// Where the last card folder chosen is remembered.
    static QString folderKey() { return QStringLiteral("cards/lastFolder"); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCard(const LearningCard& card);
    void check();
    void redact();
    void share();
    bool confirmFindings();
    void retranslate();

    const Database& m_database;
    Reflection m_source;
    ProtectedNames m_names;
    LearningCard m_draft;
    CardFindings m_findings;
    QString m_writtenPath;

    QLabel* m_intro;
    QLabel* m_titleLabel;
    QLineEdit* m_title;
    QLabel* m_lessonLabel;
    QPlainTextEdit* m_lesson;
    QLabel* m_enablingLabel;
    QPlainTextEdit* m_enabling;
    QLabel* m_scaleLabel;
    QComboBox* m_scale;
    QLabel* m_tagsLabel;
    QLineEdit* m_tags;
    QLabel* m_authorLabel;
    QLineEdit* m_author;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_monthLabel;
    QLabel* m_month;
    QLabel* m_placementLabel;
    QLabel* m_placement;
    QLabel* m_findingsIntro;
    QListWidget* m_findingsList;
    QLabel* m_problem;
    QPushButton* m_redact;
    QPushButton* m_share;
    QPushButton* m_cancel;
};

} // namespace myfyrio
