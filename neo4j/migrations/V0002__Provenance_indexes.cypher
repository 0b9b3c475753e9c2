// Re-importing a document finds everything it said before by its documentId.
CREATE INDEX plan_document IF NOT EXISTS FOR (n:Plan) ON (n.documentId);
CREATE INDEX plan_element_document IF NOT EXISTS FOR (n:PlanElement) ON (n.documentId);
CREATE INDEX indicator_document IF NOT EXISTS FOR (n:Indicator) ON (n.documentId);
CREATE INDEX indicator_value_document IF NOT EXISTS FOR (n:IndicatorValue) ON (n.documentId);
CREATE INDEX reported_mark_document IF NOT EXISTS FOR (n:ReportedMark) ON (n.documentId);
CREATE INDEX reported_ratio_document IF NOT EXISTS FOR (n:ReportedRatio) ON (n.documentId);
CREATE INDEX reported_share_document IF NOT EXISTS FOR (n:ReportedShare) ON (n.documentId);
CREATE INDEX pledge_report_document IF NOT EXISTS FOR (n:PledgeReport) ON (n.documentId);
