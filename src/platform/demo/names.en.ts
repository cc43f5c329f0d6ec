/** English first names and surnames (common in the UK and the US). English surnames have one form. */

export const EN_MALE: readonly string[] = [
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles',
  'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kevin',
  'Brian', 'George', 'Edward', 'Ryan', 'Jacob', 'Nicholas', 'Jonathan', 'Benjamin', 'Samuel', 'Oliver',
  'Harry', 'Jack', 'Charlie', 'Alfie', 'Henry', 'Oscar', 'Leo', 'Ethan', 'Liam', 'Noah', 'Peter', 'Simon',
];

export const EN_FEMALE: readonly string[] = [
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen',
  'Emily', 'Emma', 'Olivia', 'Amelia', 'Isla', 'Ava', 'Sophie', 'Grace', 'Chloe', 'Lucy', 'Charlotte',
  'Hannah', 'Rebecca', 'Laura', 'Rachel', 'Megan', 'Lauren', 'Amy', 'Katherine', 'Victoria', 'Helen',
  'Claire', 'Anna', 'Alice', 'Ruby', 'Ella', 'Zoe', 'Abigail', 'Madison', 'Natalie', 'Julia', 'Fiona',
];

export const EN_SURNAMES: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor',
  'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill', 'Green', 'Adams', 'Baker', 'Nelson',
  'Carter', 'Mitchell', 'Roberts', 'Turner', 'Phillips', 'Campbell', 'Parker', 'Evans', 'Edwards',
  'Collins', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Reed',
  'Bailey', 'Bell', 'Kelly', 'Howard', 'Ward', 'Cox', 'Richardson', 'Wood', 'Watson', 'Brooks',
  'Bennett', 'Gray', 'Hughes', 'Price', 'Sanders', 'Patel', 'Khan', 'Hall', 'Davies', "O'Brien", 'Barnes',
  'Fletcher', 'Harper', 'Lloyd', 'Shaw', 'Holmes', 'Palmer', 'Ellis', 'Marshall', 'Graham', 'Fox',
];
