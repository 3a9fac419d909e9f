#pragma once

#include "core/learning/cardcollection.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace myfyrio {

class CardFilterBar;
class TeamCardsView;

/// "Team Learning": the pattern of the learning cards in one or more card
/// folders (CardFolderReader, TeamSummary), with how many files were left out
/// and why, the cards themselves (TeamCardsView), and Save as PDF… for the
/// Team learning summary (TeamLearningReport). The filters (CardFilterBar)
/// narrow the list, the pattern and the PDF alike. The folders are read,
/// never written; the ones chosen are remembered.
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
    CardFilterBar* filters() const { return m_filters; }
    TeamCardsView* cards() const { return m_cards; }
    QTabWidget* tabs() const { return m_tabs; }

    static QString foldersKey() { return QStringLiteral("cards/teamFolders"); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void addFolder();
    void removeFolder();
    void readFolders();
    void applyFilter();
    void savePdf();
    void retranslate();

    QStringList m_folders;
    CardCollection m_collection;
    QLabel* m_foldersLabel;
    QListWidget* m_folderList;
    QPushButton* m_add;
    QPushButton* m_remove;
    CardFilterBar* m_filters;
    QTabWidget* m_tabs;
    QTextBrowser* m_summary;
    TeamCardsView* m_cards;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QPushButton* m_pdf;
    QPushButton* m_close;
};

} // namespace myfyrio
