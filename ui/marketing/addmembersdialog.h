// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marketing/campaignservice.h"

#include <QDialog>
#include <QTimer>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace trato {

class Database;

// "Add members…": pick leads, contacts or accounts, start from a saved segment or not, narrow them
// with a search and a field filter,
// see how many would be added (and how many are skipped, and why) before adding, then add. Both
// the preview and the add run on a worker (CampaignService), so a 100,000-record audience never
// blocks the window; the add can be cancelled and then writes nothing.
class AddMembersDialog : public QDialog
{
    Q_OBJECT
public:
    AddMembersDialog(Database &db, const QString &campaignId, QWidget *parent = nullptr);
    ~AddMembersDialog() override;

    QComboBox *entityBox() const { return m_entity; }
    QComboBox *segmentBox() const { return m_segment; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *filterFieldBox() const { return m_field; }
    QLineEdit *filterValueEdit() const { return m_value; }
    QPushButton *addButton() const { return m_addButton; }
    QString previewText() const;
    bool previewReady() const { return m_previewReady; }
    // After an add: what it did, in words.
    QString summary() const { return m_summary; }
    const MemberAddResult &addResult() const { return m_result; }

    static QString describe(const MemberAddResult &r, bool preview);

public Q_SLOTS:
    void startAdd();
    void reject() override;

private:
    void fillFields();
    void fillSegments();
    void schedulePreview();
    void runPreview();
    Result<ListQuery> buildQuery(Database &db) const;

    Database &m_db;
    QString m_campaign;
    QComboBox *m_entity;
    QComboBox *m_segment;
    QLineEdit *m_search;
    QComboBox *m_field;
    QLineEdit *m_value;
    QLabel *m_preview;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_addButton;
    QTimer m_debounce;
    quint64 m_generation = 0;
    // The generation the worker compares with: a count for an old choice stops early.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    bool m_previewReady = false;
    bool m_adding = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_summary;
    MemberAddResult m_result;
};

} // namespace trato
