// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemarketing/calllistservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace trato {

class Database;

// "New call list…": a name, where the people come from (a saved segment of contacts or leads, or a
// campaign) and the script operators read. The page builds the list on a worker afterwards.
class NewCallListDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCallListDialog(Database &db, QWidget *parent = nullptr);

    QString name() const;
    CallListService::Source source() const;
    QString scriptId() const;

    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *segmentChoice() const { return m_fromSegment; }
    QRadioButton *campaignChoice() const { return m_fromCampaign; }
    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *campaignBox() const { return m_campaign; }
    QComboBox *scriptBox() const { return m_script; }

private:
    void updateState();

    QLineEdit *m_name = nullptr;
    QRadioButton *m_fromSegment = nullptr;
    QRadioButton *m_fromCampaign = nullptr;
    QComboBox *m_segment = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_script = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trato
