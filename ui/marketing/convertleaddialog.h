// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marketing/leadconversion.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace trato {

class Database;
class RelationEditor;

// "Convert lead…": for the account and for the contact, create a new one from the lead or use an
// existing one (likely duplicates found by DuplicateFinder are suggested, and preselected when
// they are likely; any other record can be picked by name); the account may also be left out. Shows
// which lead field goes where, then runs LeadConversion (one transaction).
class ConvertLeadDialog : public QDialog
{
    Q_OBJECT
public:
    ConvertLeadDialog(Database &db, const QString &leadId, const QString &region, QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }
    QString errorText() const;
    // The choices, for tests and keyboard users.
    enum class Target { New, Existing, None };
    void chooseAccount(Target target, const QString &id = QString());
    void chooseContact(Target target, const QString &id = QString());
    QStringList suggestedAccounts() const;
    QStringList suggestedContacts() const;
    QTreeWidget *mapping() const { return m_mapping; }
    QPushButton *convertButton() const { return m_convert; }
    bool convertNow(); // what Convert does; false (message shown) on a refusal
    const LeadConversionResult &result() const { return m_result; }

private:
    QWidget *buildTarget(const QString &entity, const QString &title, const QString &newText, bool allowNone,
                         bool canCreate);
    void fillMapping();
    void showError(const QString &message);

    Database &m_db;
    QString m_leadId;
    QString m_region;
    Record m_lead;
    struct Choice
    {
        QRadioButton *create = nullptr;
        QRadioButton *existing = nullptr;
        QRadioButton *none = nullptr;
        QComboBox *suggestions = nullptr;
        RelationEditor *picker = nullptr;
    };
    Choice m_account;
    Choice m_contact;
    QTreeWidget *m_mapping;
    QLabel *m_error;
    QPushButton *m_convert;
    LeadConversionResult m_result;
    bool m_valid = false;
};

} // namespace trato
