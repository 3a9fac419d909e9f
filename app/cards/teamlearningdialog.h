#pragma once

#include "core/learning/cardcollection.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace myfyrio {

/// "Team Learning": the pattern of the learning cards in one or more card
/// folders (CardFolderReader, TeamSummary), with how many files were left out
/// and why, and Save as PDF… for the Team learning summary
/// (TeamLearningReport). The folders are read, never written; the ones chosen
/// are remembered.
class TeamLearningDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamLearningDialog(QWidget* parent = nullptr);

    QStringList folders() const { return m_folders; }
    /// Reads these folders (instead of the remembered ones) and shows their summary.
    void setFolders(const QStringList& folders);
    const CardCollection& collection() const { return m_collection; }

    QListWidget* folderList() const { return m_folderList; }
    QTextBrowser* summary() const { return m_summary; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* pdfButton() const { return m_pdf; }
    QComboBox* pdfLanguage() const { return m_language; }

    static QString foldersKey() { return QStringLiteral("cards/teamFolders"); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void addFolder();
    void removeFolder();
    void readFolders();
    void savePdf();
    void retranslate();

    QStringList m_folders;
    CardCollection m_collection;
    QLabel* m_foldersLabel;
    QListWidget* m_folderList;
    QPushButton* m_add;
    QPushButton* m_remove;
    QTextBrowser* m_summary;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QPushButton* m_pdf;
    QPushButton* m_close;
};

} // namespace myfyrio
