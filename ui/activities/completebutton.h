// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/recordviewextensions.h"

class QPushButton;

namespace trato {

// The "Complete…" button of an activity's record view: enabled while the activity is open
// (planned or in progress); opens the Complete dialog through ActivityActions::complete.
class CompleteButton : public RecordViewPart
{
    Q_OBJECT
public:
    explicit CompleteButton(Database &db, QWidget *parent = nullptr);
    void setRecordId(const QString &id) override;
    QPushButton *button() const { return m_button; }

private:
    void updateState();

    Database &m_db;
    QString m_id;
    QPushButton *m_button;
};

} // namespace trato
