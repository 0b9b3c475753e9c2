// Full-text search in Japanese: the CJK analyzer cuts text into overlapping character bigrams, so a
// two-character word such as 観光 or 空き家 finds the titles that contain it without a dictionary.
CREATE FULLTEXT INDEX plan_text IF NOT EXISTS
FOR (n:Plan|PlanElement|Indicator) ON EACH [n.title, n.subtitle, n.name, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
